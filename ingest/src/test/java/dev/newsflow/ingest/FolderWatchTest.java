package dev.newsflow.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.model.Article;
import dev.newsflow.model.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watch, one poll at a time: polls are called by the test and file times are set by it, so
 * nothing sleeps. The clock stands at {@link #NOW}; the settle interval is one second.
 */
class FolderWatchTest {

    private static final Instant NOW = Instant.parse("2026-11-22T01:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Duration SETTLE = Duration.ofSeconds(1);

    @TempDir
    Path dir;

    private Path in;
    private Path stateFile;
    private ScriptedProducer producer;
    private ArticlePublisher publisher;

    @BeforeEach
    void setUp() throws IOException {
        in = Files.createDirectories(dir.resolve("in"));
        stateFile = dir.resolve("state/ingested-files.json");
        producer = new ScriptedProducer();
        publisher = new ArticlePublisher(producer);
    }

    @AfterEach
    void tearDown() {
        publisher.close();
    }

    @Test
    void shouldFeedANewFileOnlyOnceItHasStoppedChanging() throws IOException {
        FolderWatch watch = watch();
        write("a.txt", "Titel\nErster Teil", NOW);

        assertEquals(List.of(), fedIn(watch), "just written: not yet");
        append("a.txt", "\nZweiter Teil", NOW);
        assertEquals(List.of(), fedIn(watch), "still growing");
        assertEquals(List.of("a.txt"), fedIn(watch), "unchanged for a poll");
        assertEquals(List.of(), fedIn(watch), "fed once");
        assertEquals("Titel\nErster Teil\nZweiter Teil", lastSent().text());
    }

    @Test
    void shouldFeedAtOnceAFileWhoseModificationTimeIsOlderThanTheSettleInterval() throws IOException {
        // a file renamed into the folder keeps the time it was written; one that arrived while nobody watched, too
        write("renamed.txt", "Titel\nText", NOW.minusSeconds(5));
        write("fresh.txt", "Titel\nText", NOW.minusMillis(500));

        assertEquals(List.of("renamed.txt"), fedIn(watch()));
    }

    @Test
    void shouldLeaveHalfWrittenFilesUnderHiddenOrOtherNamesAlone() throws IOException {
        FolderWatch watch = watch();
        write(".incoming.txt", "Titel\nhalb", NOW.minusSeconds(5));
        write("story.txt.part", "Titel\nhalb", NOW.minusSeconds(5));
        assertEquals(List.of(), fedIn(watch));

        Files.move(in.resolve("story.txt.part"), in.resolve("story.txt"));
        assertEquals(List.of("story.txt"), fedIn(watch), "renamed into place: complete");
    }

    @Test
    void shouldRememberWhatItFedAcrossRestarts() throws IOException {
        write("a.txt", "A\nText", NOW.minusSeconds(60));
        assertEquals(List.of("a.txt"), fedIn(watch()));

        // stopped; a file arrives; started again with the state it saved
        write("b.txt", "B\nText", NOW.minusSeconds(30));
        FolderWatch restarted = watch();
        assertEquals(List.of("b.txt"), fedIn(restarted));
        assertEquals(List.of(), fedIn(restarted));
    }

    @Test
    void shouldFeedAChangedFileAgainUnderItsIdButNotATouchedOne() throws IOException {
        FolderWatch watch = watch();
        write("a.txt", "Titel\nErste Fassung", NOW.minusSeconds(60));
        assertEquals(List.of("a.txt"), fedIn(watch));
        String id = lastSent().id();

        Files.setLastModifiedTime(in.resolve("a.txt"), FileTime.from(NOW.minusSeconds(30)));
        assertEquals(List.of(), fedIn(watch), "touched, same content");

        write("a.txt", "Titel\nZweite Fassung", NOW.minusSeconds(20));
        assertEquals(List.of("a.txt"), fedIn(watch), "changed");
        assertEquals(id, lastSent().id(), "the same source keeps its id, so the new version replaces the old");
        assertEquals("Titel\nZweite Fassung", lastSent().text());
    }

    @Test
    void shouldReportABadFileOnceAndReadItAgainWhenItChanges() throws IOException {
        FolderWatch watch = watch();
        write("empty.txt", "", NOW.minusSeconds(60));

        Recorder first = poll(watch);
        Recorder second = poll(watch);
        write("empty.txt", "Titel\nJetzt mit Text", NOW.minusSeconds(10));
        Recorder third = poll(watch);

        assertEquals(List.of(new Rejection("in/empty.txt", "file is empty")), first.rejections);
        assertEquals(List.of(), second.rejections);
        assertEquals(List.of("empty.txt"), third.sources());
    }

    @Test
    void shouldReportAMissingInputOnceNotAtEveryPoll() {
        FolderWatch watch = new FolderWatch(ingest(), List.of(dir.resolve("later").toString()), FedFiles.load(stateFile),
                CLOCK, SETTLE);

        assertEquals(List.of(new Rejection("later", "no such file or directory")), poll(watch).rejections);
        assertEquals(List.of(), poll(watch).rejections);
    }

    @Test
    void shouldFeedAFileAgainWhenTheBrokerCouldNotTakeItButNotWhenTheArticleItselfWasRefused() throws IOException {
        FolderWatch watch = watch();
        write("unlucky.txt", "Titel\nText", NOW.minusSeconds(60));
        write("too-large.txt", "Titel\nText", NOW.minusSeconds(60));
        producer.failNext("too-large.txt", new RecordTooLargeException("too large"));
        producer.failNext("unlucky.txt", new TimeoutException("Expiring 1 record(s): 120000 ms has passed"));

        Recorder first = poll(watch);
        assertEquals(2, first.rejections.size(), () -> "rejections: " + first.rejections);
        assertEquals(List.of("unlucky.txt"), fedIn(watch), "tried again at the next poll");
        assertEquals(List.of(), fedIn(watch), "the refused one is not sent again until it changes");
    }

    @Test
    void shouldWaitLongerAfterEachFailedAttempt() throws IOException {
        FolderWatch watch = watch();
        write("a.txt", "Titel\nText", NOW.minusSeconds(60));
        TimeoutException down = new TimeoutException("broker down");
        producer.failNext("a.txt", down);
        producer.failNext("a.txt", down);
        producer.failNext("a.txt", down);

        List<Integer> attempts = new ArrayList<>();
        for (int poll = 1; poll <= 8; poll++) {
            int before = producer.sends;
            poll(watch);
            if (producer.sends > before) {
                attempts.add(poll);
            }
        }

        assertEquals(List.of(1, 2, 4, 8), attempts, "after 1, 2 and 4 polls");
    }

    @Test
    void shouldKeepItsStateOutsideTheInputFolderAndWriteItAtomically() throws IOException {
        FolderWatch watch = watch();
        write("a.txt", "A\nText", NOW.minusSeconds(60));
        write("b.json", "{\"text\": \"B\"}", NOW.minusSeconds(60));
        poll(watch);

        assertEquals(List.of("a.txt", "b.json"), listing(in), "nothing written into the input folder");
        assertEquals(List.of("ingested-files.json"), listing(stateFile.getParent()), "no temporary file left");
        String state = Files.readString(stateFile);
        assertTrue(state.contains(in.resolve("a.txt").toAbsolutePath().toString()), state);
        assertTrue(state.contains("\"sha256\""), state);
    }

    @Test
    void shouldForgetFilesThatAreGone() throws IOException {
        FolderWatch watch = watch();
        write("a.txt", "A\nText", NOW.minusSeconds(60));
        write("b.txt", "B\nText", NOW.minusSeconds(60));
        poll(watch);
        Files.delete(in.resolve("a.txt"));
        poll(watch);

        assertEquals(1, FedFiles.load(stateFile).size());
    }

    @Test
    void shouldPollUntilToldToStopAndSumUpTheRounds() throws Exception {
        FolderWatch watch = watch();
        write("a.txt", "A\nText", NOW.minusSeconds(60));
        List<Runnable> between = new ArrayList<>(List.of(
                () -> write("b.txt", "B\nText", NOW.minusSeconds(60)),
                () -> write("c.txt", "C\nText", NOW.minusSeconds(60))));
        List<Integer> rounds = new ArrayList<>();

        IngestSummary total = watch.run(() -> {
            if (between.isEmpty()) {
                return false;
            }
            between.remove(0).run();
            return true;
        }, new Recorder(dir), round -> rounds.add(round.published()));

        assertEquals(List.of(1, 1, 1), rounds);
        assertEquals(3, total.published());
    }

    @Test
    void shouldRefuseAStateFileItCannotReadRatherThanFeedEverythingAgain() throws IOException {
        Files.createDirectories(stateFile.getParent());
        Files.writeString(stateFile, "{ kaputt");

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> FedFiles.load(stateFile));
        assertTrue(e.getMessage().startsWith("cannot read " + stateFile + ": "), e.getMessage());
        assertTrue(e.getMessage().endsWith("move it away to feed every file again"), e.getMessage());
    }

    @Test
    void shouldNotWatchStdin() {
        assertThrows(IllegalArgumentException.class,
                () -> new FolderWatch(ingest(), List.of("-"), FedFiles.load(stateFile), CLOCK, SETTLE));
    }

    // ---- helpers ----

    private FolderWatch watch() {
        return new FolderWatch(ingest(), List.of(in.toString()), FedFiles.load(stateFile), CLOCK, SETTLE);
    }

    private Ingest ingest() {
        return new Ingest(new ArticleReader(CLOCK), publisher);
    }

    private Recorder poll(FolderWatch watch) {
        Recorder recorded = new Recorder(dir);
        watch.poll(recorded);
        return recorded;
    }

    /** The sources published by one poll. */
    private List<String> fedIn(FolderWatch watch) {
        return poll(watch).sources();
    }

    private Article lastSent() {
        List<ProducerRecord<String, byte[]>> history = producer.history();
        byte[] value = history.get(history.size() - 1).value();
        return Topics.ARTICLES.valueSerde().deserializer().deserialize("t", value);
    }

    private void write(String name, String content, Instant modified) {
        try {
            Path file = in.resolve(name);
            Files.writeString(file, content);
            Files.setLastModifiedTime(file, FileTime.from(modified));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void append(String name, String content, Instant modified) throws IOException {
        Path file = in.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** Acknowledges every send, except those it was told to fail, by the source named. */
    private static final class ScriptedProducer extends MockProducer<String, byte[]> {

        private final List<String> failSources = new ArrayList<>();
        private final List<RuntimeException> failures = new ArrayList<>();
        int sends;

        ScriptedProducer() {
            super(true, null, new StringSerializer(), new ByteArraySerializer());
        }

        void failNext(String source, RuntimeException e) {
            failSources.add(ArticleIds.fromSource(source));
            failures.add(e);
        }

        @Override
        public synchronized Future<RecordMetadata> send(ProducerRecord<String, byte[]> record, Callback callback) {
            sends++;
            int i = failSources.indexOf(record.key());
            if (i < 0) {
                return super.send(record, callback);
            }
            failSources.remove(i);
            RuntimeException e = failures.remove(i);
            callback.onCompletion(null, e);
            return CompletableFuture.failedFuture(e);
        }
    }
}
