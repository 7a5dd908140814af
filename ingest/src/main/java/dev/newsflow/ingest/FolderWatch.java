package dev.newsflow.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds each new or changed file of some folders once, by polling: at each poll it lists the
 * inputs as {@link ArticleReader} would, and feeds the files that are complete and not fed in
 * their current state. What it fed is kept in {@link FedFiles}, so a restart picks up what
 * arrived while it was not running, and nothing else.
 *
 * <p>Polling, not {@code java.nio.file.WatchService}: the watch service misses events on network
 * and container file systems and falls back to slow polling on some platforms anyway, while a
 * listing once a second costs little for the folders news arrives in.
 *
 * <ul>
 *   <li><b>Complete</b>: a file is fed once its size and modification time have not changed for
 *       one settle interval: two polls that far apart saw the same, or its modification time is
 *       that old already (a file renamed into the folder, or one that arrived while newsflow was
 *       not running). Writers that name a file {@code .hidden} or {@code *.part} while writing
 *       and rename it when done are never read half-written, since such names are not inputs.
 *   <li><b>Changed</b>: a file whose size or modification time differs from when it was fed is
 *       hashed; it is fed again only when its SHA-256 differs too (touching a file does not feed
 *       it again). Its articles keep their ids, so they replace the earlier ones.
 *   <li><b>Bad files</b> are reported once and remembered like fed ones, until they change.
 *   <li><b>Sends that failed</b> for a reason other than the article (broker unreachable,
 *       credentials refused) leave the file unrecorded; it is tried again after 1, 2, 4 … up to
 *       64 polls.
 * </ul>
 */
public final class FolderWatch {

    private static final Logger log = LoggerFactory.getLogger(FolderWatch.class);
    private static final int MAX_BACKOFF_POLLS = 64;

    private final Ingest ingest;
    private final List<String> inputs;
    private final FedFiles fed;
    private final Clock clock;
    private final Duration settle;

    private Map<String, FileStamp> previousPoll = Map.of();
    private final Set<Rejection> reportedProblems = new HashSet<>();
    private final Map<String, Retry> retries = new HashMap<>();
    private long poll;

    private record Retry(int attempts, long notBeforePoll) {}

    /**
     * @param inputs files and directories, as on the command line ({@value ArticleReader#STDIN} is not one)
     * @param settle how long a file must stay unchanged before it is read
     */
    public FolderWatch(Ingest ingest, List<String> inputs, FedFiles fed, Clock clock, Duration settle) {
        if (inputs.contains(ArticleReader.STDIN)) {
            throw new IllegalArgumentException("a watch reads files and directories, not stdin");
        }
        this.ingest = ingest;
        this.inputs = List.copyOf(inputs);
        this.fed = fed;
        this.clock = clock;
        this.settle = settle;
    }

    /**
     * Polls until {@code polls} says stop: the first poll at once, each later one when
     * {@code polls} returns. Each round's summary goes to {@code afterRound} whole; the sum is
     * returned with the counts alone (no ids), so that a long watch does not hold every id it fed.
     */
    public IngestSummary run(Polls polls, IngestListener listener, Consumer<IngestSummary> afterRound)
            throws InterruptedException {
        IngestSummary total = IngestSummary.EMPTY;
        do {
            IngestSummary round = poll(listener);
            total = total.plus(round.counts());
            afterRound.accept(round);
        } while (polls.awaitNext());
        return total;
    }

    /** One poll: lists the inputs and feeds every complete file not fed in its current state. */
    public IngestSummary poll(IngestListener listener) {
        poll++;
        Listing listing = list(listener);
        Round round = new Round();
        for (InputFile file : listing.files()) {
            consider(file, round);
        }
        previousPoll = round.stamps;
        IngestSummary summary = round.toFeed.isEmpty() ? IngestSummary.EMPTY : feed(round, listener);
        // a folder that could not be listed is not evidence that its files are gone
        if (listing.complete()) {
            round.stateChanged |= fed.keepOnly(round.stamps.keySet());
        }
        if (round.stateChanged) {
            fed.save();
        }
        return summary;
    }

    /** What one poll saw and chose. */
    private static final class Round {

        final Map<String, FileStamp> stamps = new HashMap<>();
        final List<InputFile> toFeed = new ArrayList<>();
        final Map<String, String> hashes = new HashMap<>();
        boolean stateChanged;
    }

    /** Puts the file up for feeding if it is complete and not fed as it is now. */
    private void consider(InputFile file, Round round) {
        String key = keyOf(file);
        FileStamp stamp = FileStamp.of(file.path());
        round.stamps.put(key, stamp);
        Optional<FedFiles.Entry> before = fed.get(key);
        if (before.isPresent() && before.get().stamp().equals(stamp) || !isComplete(key, stamp) || isBackingOff(key)) {
            return;
        }
        String hash = sha256(file.path());
        if (before.isPresent() && hash != null && hash.equals(before.get().sha256())) {
            fed.record(key, stamp, hash); // touched, not changed
            round.stateChanged = true;
            return;
        }
        round.toFeed.add(file);
        round.hashes.put(key, hash);
    }

    /** Feeds the chosen files and remembers those done with; a file whose send may pass is tried again later. */
    private IngestSummary feed(Round round, IngestListener listener) {
        Ingest.Fed result = ingest.feed(round.toFeed, listener);
        for (InputFile file : round.toFeed) {
            String key = keyOf(file);
            if (result.toRetry().contains(file.display())) {
                backOff(key);
            } else {
                retries.remove(key);
                fed.record(key, round.stamps.get(key), round.hashes.get(key));
            }
        }
        round.stateChanged = true;
        return result.summary();
    }

    private record Listing(List<InputFile> files, boolean complete) {}

    /** The inputs' files as the reader would find them; a problem with the inputs is reported once. */
    private Listing list(IngestListener listener) {
        List<InputFile> files = new ArrayList<>();
        Set<Rejection> problems = new LinkedHashSet<>();
        for (String input : inputs) {
            files.addAll(InputFinder.find(input, problems::add).files());
        }
        for (Rejection problem : problems) {
            if (reportedProblems.add(problem)) {
                listener.rejected(problem);
            }
        }
        reportedProblems.retainAll(problems);
        return new Listing(files, problems.isEmpty());
    }

    /** Unchanged for the settle interval: since the last poll, if that long ago, or by its modification time. */
    private boolean isComplete(String key, FileStamp stamp) {
        if (stamp.equals(previousPoll.get(key))) {
            return true;
        }
        return !stamp.modified().isAfter(clock.instant().minus(settle));
    }

    private boolean isBackingOff(String key) {
        Retry retry = retries.get(key);
        return retry != null && poll < retry.notBeforePoll();
    }

    private void backOff(String key) {
        int attempts = retries.containsKey(key) ? retries.get(key).attempts() + 1 : 1;
        long wait = Math.min(1L << Math.min(attempts - 1, 30), MAX_BACKOFF_POLLS);
        retries.put(key, new Retry(attempts, poll + wait));
        log.info("Feeding {} failed; trying again in {} polls", key, wait);
    }

    private static String keyOf(InputFile file) {
        return file.path().toAbsolutePath().normalize().toString();
    }

    /** The content's SHA-256 in hex, or null where it cannot be read (the reader will say why). */
    private static String sha256(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
