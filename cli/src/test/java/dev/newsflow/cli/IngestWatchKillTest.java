package dev.newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.broker.SharedBroker;
import dev.newsflow.ingest.ArticleIds;
import dev.newsflow.model.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest --watch} killed with SIGKILL while files keep arriving, then started again: every
 * file is fed, and none twice except those of the round the kill cut short (their articles were
 * acknowledged, the state not yet saved; README says so), which replace themselves by id. Run
 * as a user runs it: a child process, killed as the kernel would.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class IngestWatchKillTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final int FILES = 40;

    @TempDir
    Path dir;

    @Test
    void feedsEveryFileAfterAKillAndOnlyTheInterruptedRoundTwice() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path state = dir.resolve("state");
        String prefix = "kill-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        Process first = ingestWatch(in, state, dir.resolve("first.log"));
        List<String> writtenBeforeKill = new ArrayList<>();
        AtomicInteger written = new AtomicInteger();
        Thread writer = new Thread(() -> { // files keep arriving, whether a watch runs or not
            try {
                for (int i = 0; i < FILES; i++) {
                    write(in, prefix, i);
                    written.incrementAndGet();
                    Thread.sleep(80);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "files-arriving");
        Map<String, Integer> copies;
        try {
            awaitLog(dir.resolve("first.log"), "Watching", first);
            writer.start();
            awaitFed(ids(prefix, 0, 10), "the first files, before the kill", first);
            int before = written.get();
            assertEquals(0, new ProcessBuilder("kill", "-KILL", Long.toString(first.pid())).start().waitFor(), "kill -KILL");
            assertTrue(first.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS));
            for (int i = 0; i < before; i++) {
                writtenBeforeKill.add(prefix + String.format("%02d", i) + ".txt");
            }
            assertTrue(before < FILES, "the kill came after the last file: make the files arrive more slowly");

            Process second = ingestWatch(in, state, dir.resolve("second.log"));
            try {
                writer.join(WAIT.toMillis());
                copies = awaitFed(ids(prefix, 0, FILES), "every file, after the restart", second);
            } finally {
                second.destroyForcibly();
            }
        } finally {
            first.destroyForcibly();
        }

        List<String> twice = copies.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        assertTrue(copies.values().stream().allMatch(n -> n <= 2), "fed more than twice: " + copies);
        List<String> beforeKill = writtenBeforeKill.stream().map(ArticleIds::fromSource).toList();
        assertTrue(beforeKill.containsAll(twice), "only files fed before the kill may be fed again: " + twice);
        // a round is a poll's worth of files (one or two as they arrive here): saved, the rest is never fed again
        assertTrue(twice.size() <= 3, "fed twice, more than the round the kill cut short: " + twice.size());
    }

    private static void awaitLog(Path log, String line, Process watch) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!Files.readString(log).contains(line)) {
            assertTrue(watch.isAlive(), "the watch ended before printing '" + line + "':\n" + Files.readString(log));
            assertTrue(System.nanoTime() < deadline, "no '" + line + "' within " + WAIT + ":\n" + Files.readString(log));
            Thread.sleep(100);
        }
    }

    private static Process ingestWatch(Path in, Path state, Path log) throws Exception {
        return new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "ingest", in.toString(), "--watch",
                "--poll-interval", "100ms", "--state-dir", state.toString(), "--bootstrap-servers", SharedBroker.bootstrapServers()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Writes file number {@code i}, finished a while ago so that the watch need not wait for it to settle; its source. */
    private static String write(Path in, String prefix, int i) throws Exception {
        String name = prefix + String.format("%02d", i) + ".txt";
        Path file = in.resolve(name);
        Files.writeString(file, "Meldung " + i + "\nDer Text der Meldung Nummer " + i + " aus dem Test.\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(10)));
        return name;
    }

    private static List<String> ids(String prefix, int from, int to) {
        List<String> ids = new ArrayList<>();
        for (int i = from; i < to; i++) {
            ids.add(ArticleIds.fromSource(prefix + String.format("%02d", i) + ".txt"));
        }
        return ids;
    }

    private static void count(KafkaConsumer<String, byte[]> consumer, List<String> ids, Map<String, Integer> copies) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
            if (ids.contains(record.key())) {
                copies.merge(record.key(), 1, Integer::sum);
            }
        }
    }

    /** Reads newsflow.articles until each id is there; how many records each id has. */
    private static Map<String, Integer> awaitFed(List<String> ids, String what, Process watch) throws Exception {
        Map<String, Object> props = new HashMap<>(SharedBroker.client());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<String, Integer> copies = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            long deadline = System.nanoTime() + WAIT.toNanos();
            List<TopicPartition> partitions = List.of();
            while (partitions.isEmpty()) { // the watch makes the topic as it starts
                assertTrue(System.nanoTime() < deadline, "no topic " + Topics.ARTICLES.name() + " within " + WAIT);
                partitions = consumer.partitionsFor(Topics.ARTICLES.name()).stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
                Thread.sleep(partitions.isEmpty() ? 100 : 0);
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (!copies.keySet().containsAll(ids)) {
                assertTrue(System.nanoTime() < deadline, "not within " + WAIT + ": " + what);
                assertTrue(watch.isAlive(), "the watch ended before " + what);
                count(consumer, ids, copies);
            }
            for (int i = 0; i < 5; i++) { // what else is on its way
                count(consumer, ids, copies);
            }
        }
        return copies;
    }
}
