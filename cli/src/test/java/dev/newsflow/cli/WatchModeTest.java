package dev.newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.broker.SharedBroker;
import dev.newsflow.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --watch on a real broker, in-process: files that are there at the start, renamed in, changed,
 * touched, and added while nothing watched. The poll logic itself is tested one poll at a time in
 * ingest's FolderWatchTest; this checks the commands around it, and their stop.
 */
class WatchModeTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    @Test
    void shouldWriteEachNewOrChangedFileOnceUntilStoppedThenSumUp() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = dir.resolve("out");
        write(in.resolve("watch-run-a.txt"), "Erste Fassung\nÜber den Fluss.\n");

        try (BackgroundCommand run = BackgroundCommand.start("run", in.toString(), "--out", out.toString(), "--watch",
                "--poll-interval", "200ms", "--no-tagging", "--bootstrap-servers", SharedBroker.bootstrapServers())) {
            run.awaitOut("written watch-run-a.txt: ", WAIT);

            // written elsewhere, then renamed into the folder, as careful writers do
            write(dir.resolve("watch-run-b.txt.part"), "Zweite Meldung\nAus Köln.\n");
            Files.move(dir.resolve("watch-run-b.txt.part"), in.resolve("watch-run-b.txt"), StandardCopyOption.ATOMIC_MOVE);
            run.awaitOut("written watch-run-b.txt: ", WAIT);

            write(in.resolve("watch-run-a.txt"), "Zweite Fassung\nÜber den Fluss.\nMit einem neuen Absatz.\n");
            run.await("the changed file written again", () -> count(run.out(), "written watch-run-a.txt: ") == 2, WAIT);
            Path state = out.resolve(".newsflow").resolve(WatchOptions.FED_FILES);
            // touched, not changed: a poll must see the touch (it records the new time) before the stop, or the
            // assertion below holds whatever the watch does with it
            Instant touched = touch(in.resolve("watch-run-b.txt"), Instant.now().minusSeconds(5));
            run.await("a poll that saw watch-run-b.txt touched", () -> recorded(state, in.resolve("watch-run-b.txt"), touched), WAIT);
            // rounds follow one another, each delivered before the next poll: once a later poll has seen a second
            // touch, whatever the poll that saw the first one fed has been written and printed
            Instant touchedA = touch(in.resolve("watch-run-a.txt"), Instant.now().minusSeconds(4));
            run.await("a later poll that saw watch-run-a.txt touched", () -> recorded(state, in.resolve("watch-run-a.txt"), touchedA), WAIT);

            run.stop();
            assertEquals(0, run.exitCode(WAIT), run.err());
            // the shared broker may hold other tests' articles, which this fresh output folder gets too
            assertEquals(2, count(run.out(), "written watch-run-a.txt: "), run.out());
            assertTrue(run.out().contains("written watch-run-a.txt: 3 kept, 0 dropped"), "the new version: " + run.out());
            assertEquals(1, count(run.out(), "written watch-run-b.txt: "), "touched, not fed again: " + run.out());
            assertTrue(run.out().contains("newsflow run: 3 articles"), "a counted twice, as fed twice: " + run.out());
            assertTrue(run.out().contains("3 published"), run.out());
            // after the start-up steps ("connecting to Kafka at …", "starting the enrich topology …")
            assertTrue(run.err().lines().anyMatch(line -> line.startsWith("Watching " + in + " every 200ms, writing to " + out)),
                    run.err());
            assertEquals(List.of("watch-run-a.txt", "watch-run-b.txt"), names(in), "nothing written into the input folder");
            assertTrue(Files.exists(out.resolve(".newsflow").resolve(WatchOptions.FED_FILES)), "state kept with the output");
        }
    }

    @Test
    void shouldFeedOnRestartOnlyWhatArrivedOrChangedWhileStopped() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path state = dir.resolve("state");
        write(in.resolve("watch-ingest-a.txt"), "A\nText.\n");
        write(in.resolve("watch-ingest-b.txt"), "B\nText.\n");

        try (BackgroundCommand first = startIngestWatch(in, state)) {
            first.awaitOut("fed 2 files: 2 articles published, 0 rejected", WAIT);
            first.stop();
            assertEquals(0, first.exitCode(WAIT), first.err());
            assertTrue(first.out().contains("Published 2 articles from 2 files"), first.out());
        }

        // while nothing watches: one file arrives, one is touched without a change
        write(in.resolve("watch-ingest-c.txt"), "C\nText.\n");
        Files.setLastModifiedTime(in.resolve("watch-ingest-a.txt"), FileTime.from(Instant.now().minusSeconds(30)));

        try (BackgroundCommand second = startIngestWatch(in, state)) {
            second.awaitOut("fed 1 files: 1 articles published, 0 rejected", WAIT);
            second.stop();
            assertEquals(0, second.exitCode(WAIT), second.err());
            assertEquals(1, count(second.out(), "fed "), second.out());
            assertTrue(second.out().contains("Published 1 articles from 1 files"), second.out());
        }
    }

    private static BackgroundCommand startIngestWatch(Path in, Path state) {
        return BackgroundCommand.start("ingest", in.toString(), "--watch", "--poll-interval", "200ms",
                "--state-dir", state.toString(), "--bootstrap-servers", SharedBroker.bootstrapServers());
    }

    /** Writes a file as finished a while ago, so the watch need not wait for it to settle. */
    private static void write(Path file, String content) throws Exception {
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(10)));
    }

    /** Sets the file's modification time; returns it as the file system keeps it. */
    private static Instant touch(Path file, Instant time) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(time));
        return Files.getLastModifiedTime(file).toInstant();
    }

    /** Whether the watch's state records the file with this modification time, that is, a poll has seen it so. */
    private static boolean recorded(Path state, Path file, Instant modified) {
        try {
            JsonNode entry = Json.MAPPER.readTree(Files.readAllBytes(state))
                    .path("files").path(file.toAbsolutePath().normalize().toString()).path("modified");
            return !entry.isMissingNode() && Instant.parse(entry.asText()).equals(modified);
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int count(String text, String part) {
        return (int) text.lines().filter(line -> line.contains(part)).count();
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
