package dev.newsflow.sink;

import static dev.newsflow.sink.TestRecords.T0;
import static dev.newsflow.sink.TestRecords.TOPIC;
import static dev.newsflow.sink.TestRecords.articleJson;
import static dev.newsflow.sink.TestRecords.filesUnder;
import static dev.newsflow.sink.TestRecords.idsUnder;
import static dev.newsflow.sink.TestRecords.linesOf;
import static dev.newsflow.sink.TestRecords.name;
import static dev.newsflow.sink.TestRecords.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.model.EnrichedArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class EnrichedSinkTest {

    private static final String DAY = "2026-11-22/";
    private static final TopicPartition P0 = new TopicPartition(TOPIC, 0);
    private static final TopicPartition P1 = new TopicPartition(TOPIC, 1);

    @TempDir
    Path out;

    /** Keeps what was committed and sought (readable after close), and can crash when asked to commit. */
    static final class RecordingConsumer extends MockConsumer<String, byte[]> {

        final Map<TopicPartition, Long> commits = new HashMap<>();
        final Map<TopicPartition, Long> seeks = new HashMap<>();
        boolean crashOnCommit;

        RecordingConsumer() {
            super("earliest");
        }

        @Override
        public synchronized void commitSync(Map<TopicPartition, OffsetAndMetadata> offsets) {
            if (crashOnCommit) {
                throw new SimulatedCrash();
            }
            super.commitSync(offsets);
            offsets.forEach((partition, offset) -> commits.put(partition, offset.offset()));
        }

        @Override
        public synchronized void seek(TopicPartition partition, long offset) {
            seeks.put(partition, offset);
            super.seek(partition, offset);
        }

        void assign(TopicPartition... partitions) {
            rebalance(List.of(partitions));
            for (TopicPartition partition : partitions) {
                updateBeginningOffsets(Map.of(partition, 0L));
            }
        }

        /** Adds records from the current position up to {@code end}, as a broker would deliver them. */
        void deliverUpTo(TopicPartition partition, long end) {
            for (long offset = position(partition); offset < end; offset++) {
                addRecord(record(partition.partition(), offset, T0, articleJson("p" + partition.partition() + "-" + offset)));
            }
        }
    }

    static final class SimulatedCrash extends RuntimeException {
        SimulatedCrash() {
            super("the process died here");
        }
    }

    /** Collects what the sink announces. */
    static final class Announced implements SinkListener {

        final List<Path> files = new ArrayList<>();
        final List<String> ids = new ArrayList<>();

        @Override
        public void onFileWritten(Path file, List<EnrichedArticle> articles) {
            assertTrue(Files.exists(file), "announced before it exists: " + file);
            files.add(file);
            articles.forEach(article -> ids.add(article.id()));
        }
    }

    private static List<String> ids(String prefix, long from, long to) {
        return LongStream.range(from, to).mapToObj(offset -> prefix + offset).toList();
    }

    @Test
    void shouldWriteEachRecordOnceAndCommitTheOffsetAfterTheLastFile() {
        RecordingConsumer consumer = new RecordingConsumer();
        Announced announced = new Announced();
        EnrichedSink sink = new EnrichedSink(SinkConfig.defaults(out).withRollRecords(2), consumer, announced);
        consumer.schedulePollTask(() -> {
            consumer.assign(P0);
            consumer.deliverUpTo(P0, 5);
        });
        consumer.schedulePollTask(sink::close);

        sink.run();

        assertEquals(List.of(DAY + name(0, 0, 1), DAY + name(0, 2, 3), DAY + name(0, 4, 4)), filesUnder(out));
        assertEquals(ids("p0-", 0, 5), idsUnder(out));
        assertEquals(Map.of(P0, 5L), consumer.commits);
        assertEquals(ids("p0-", 0, 5), announced.ids);
        assertEquals(3, announced.files.size());
        assertTrue(consumer.closed());
    }

    @Test
    void shouldResumeAfterTheFilesWhenTheProcessDiedBetweenRenameAndCommit() {
        SinkConfig config = SinkConfig.defaults(out).withRollRecords(2);
        RecordingConsumer crashing = new RecordingConsumer();
        crashing.crashOnCommit = true;
        EnrichedSink first = new EnrichedSink(config, crashing, SinkListener.NONE);
        crashing.schedulePollTask(() -> {
            crashing.assign(P0);
            crashing.deliverUpTo(P0, 3);
        });

        assertThrows(SimulatedCrash.class, first::run);
        assertEquals(List.of(DAY + name(0, 0, 1)), filesUnder(out));
        assertEquals(Map.of(), crashing.commits);

        RecordingConsumer restarted = new RecordingConsumer();
        Announced announced = new Announced();
        EnrichedSink second = new EnrichedSink(config, restarted, announced);
        restarted.schedulePollTask(() -> {
            restarted.assign(P0);
            restarted.deliverUpTo(P0, 6);
        });
        restarted.schedulePollTask(second::close);

        second.run();

        assertEquals(ids("p0-", 0, 6), idsUnder(out));
        assertEquals(List.of(DAY + name(0, 0, 1), DAY + name(0, 2, 3), DAY + name(0, 4, 5)), filesUnder(out));
        assertEquals(Map.of(P0, 2L), restarted.seeks);
        assertEquals(ids("p0-", 2, 6), announced.ids);
        assertEquals(Map.of(P0, 6L), restarted.commits);
    }

    @Test
    void shouldRollByTheClockAndStayExactlyOnceWhenItDiesBetweenRenameAndCommit() {
        // a quiet topic: far fewer records than a file holds, so only the clock rolls
        SinkConfig config = SinkConfig.defaults(out).withRollAfter(Duration.ofSeconds(30));
        AtomicLong clock = new AtomicLong();
        RecordingConsumer crashing = new RecordingConsumer();
        crashing.crashOnCommit = true;
        EnrichedSink first = new EnrichedSink(config, crashing, SinkListener.NONE, clock::get);
        crashing.schedulePollTask(() -> {
            crashing.assign(P0);
            crashing.deliverUpTo(P0, 2);
        });
        crashing.schedulePollTask(() -> clock.set(Duration.ofSeconds(29).toNanos()));
        crashing.schedulePollTask(() -> {
            assertEquals(List.of(), filesUnder(out), "29 s after the first record: nothing written yet");
            clock.set(Duration.ofSeconds(30).toNanos());
        });
        AtomicBoolean stopped = new AtomicBoolean();
        crashing.schedulePollTask(() -> { // reached only if nothing rolled by the clock
            stopped.set(true);
            first.close();
        });

        assertThrows(SimulatedCrash.class, first::run);
        assertFalse(stopped.get(), "the file was written by the clock, not by the stop");
        assertEquals(List.of(DAY + name(0, 0, 1)), filesUnder(out), "rolled by the clock, renamed, not committed");
        assertEquals(Map.of(), crashing.commits);

        // restarted at another moment: the files, not the committed offset, say where to resume
        AtomicLong laterClock = new AtomicLong(Duration.ofHours(5).toNanos());
        RecordingConsumer restarted = new RecordingConsumer();
        Announced announced = new Announced();
        EnrichedSink second = new EnrichedSink(config, restarted, announced, laterClock::get);
        restarted.schedulePollTask(() -> {
            restarted.assign(P0);
            restarted.deliverUpTo(P0, 3);
        });
        restarted.schedulePollTask(() -> laterClock.addAndGet(Duration.ofSeconds(31).toNanos()));
        restarted.schedulePollTask(second::close);

        second.run();

        assertEquals(Map.of(P0, 2L), restarted.seeks, "sought to the offset after the file");
        assertEquals(ids("p0-", 0, 3), idsUnder(out), "every record once");
        assertEquals(List.of(DAY + name(0, 0, 1), DAY + name(0, 2, 2)), filesUnder(out));
        assertEquals(ids("p0-", 2, 3), announced.ids);
        assertEquals(Map.of(P0, 3L), restarted.commits);
    }

    @Test
    void shouldSeekToTheFilesEvenWhenTheCommittedOffsetIsOlder() {
        SinkConfig config = SinkConfig.defaults(out).withRollRecords(2);
        RecordingConsumer consumer = new RecordingConsumer();
        EnrichedSink sink = new EnrichedSink(config, consumer, SinkListener.NONE);
        consumer.schedulePollTask(() -> {
            consumer.assign(P0);
            consumer.deliverUpTo(P0, 4);
        });
        consumer.schedulePollTask(sink::close);
        sink.run();

        RecordingConsumer behind = new RecordingConsumer();
        EnrichedSink again = new EnrichedSink(config, behind, SinkListener.NONE);
        behind.schedulePollTask(() -> {
            behind.commitSync(Map.of(P0, new OffsetAndMetadata(1)));
            behind.assign(P0);
            behind.deliverUpTo(P0, 5);
        });
        behind.schedulePollTask(again::close);
        again.run();

        assertEquals(ids("p0-", 0, 5), idsUnder(out));
        assertEquals(Map.of(P0, 4L), behind.seeks);
    }

    @Test
    void shouldWriteBufferedRecordsWhenAskedToFlush() {
        RecordingConsumer consumer = new RecordingConsumer();
        EnrichedSink sink = new EnrichedSink(SinkConfig.defaults(out), consumer, SinkListener.NONE);
        List<CompletableFuture<Void>> flushed = new ArrayList<>();
        List<List<String>> filesWhenFlushed = new ArrayList<>();
        consumer.schedulePollTask(() -> {
            consumer.assign(P0);
            consumer.deliverUpTo(P0, 3);
            flushed.add(sink.flush());
        });
        consumer.schedulePollTask(() -> {
            filesWhenFlushed.add(filesUnder(out));
            consumer.deliverUpTo(P0, 5);
        });
        consumer.schedulePollTask(sink::close);

        sink.run();

        assertTrue(flushed.get(0).isDone());
        assertEquals(List.of(List.of(DAY + name(0, 0, 2))), filesWhenFlushed);
        assertEquals(List.of(DAY + name(0, 0, 2), DAY + name(0, 3, 4)), filesUnder(out));
        assertEquals(Map.of(P0, 5L), consumer.commits);
    }

    @Test
    void shouldWriteAnUnreadableRecordButLeaveItOutOfWhatItAnnounces() {
        RecordingConsumer consumer = new RecordingConsumer();
        Announced announced = new Announced();
        EnrichedSink sink = new EnrichedSink(SinkConfig.defaults(out), consumer, announced);
        consumer.schedulePollTask(() -> {
            consumer.assign(P0);
            consumer.addRecord(record(0, 0, T0, articleJson("a")));
            consumer.addRecord(record(0, 1, T0, "{\"schema\": \"not a number\""));
            consumer.addRecord(record(0, 2, T0, articleJson("c")));
        });
        consumer.schedulePollTask(sink::close);

        sink.run();

        assertEquals(3, linesOf(out.resolve(DAY + name(0, 0, 2))).size());
        assertEquals(List.of("a", "c"), announced.ids);
        assertEquals(Map.of(P0, 3L), consumer.commits);
    }

    @Test
    void shouldWriteAndCommitARevokedPartitionBeforeGivingItUp() {
        RecordingConsumer consumer = new RecordingConsumer();
        EnrichedSink sink = new EnrichedSink(SinkConfig.defaults(out), consumer, SinkListener.NONE);
        List<Map<TopicPartition, Long>> commitsAfterRevoke = new ArrayList<>();
        consumer.schedulePollTask(() -> {
            consumer.assign(P0, P1);
            consumer.deliverUpTo(P0, 2);
            consumer.deliverUpTo(P1, 1);
        });
        consumer.schedulePollTask(() -> {
            consumer.rebalance(List.of(P1));
            commitsAfterRevoke.add(Map.copyOf(consumer.commits));
        });
        consumer.schedulePollTask(sink::close);

        sink.run();

        assertEquals(List.of(Map.of(P0, 2L)), commitsAfterRevoke);
        assertEquals(List.of(DAY + name(0, 0, 1), DAY + name(1, 0, 0)), filesUnder(out));
        assertEquals(Map.of(P0, 2L, P1, 1L), consumer.commits);
    }

    @Test
    void shouldRemoveStaleTemporaryFilesOfItsPartitionsOnStart() throws IOException {
        Path stale = out.resolve(DAY + new SinkFileName(0, 0, 7).tempFormat());
        Files.createDirectories(stale.getParent());
        Files.writeString(stale, "{\"half\": ");
        RecordingConsumer consumer = new RecordingConsumer();
        EnrichedSink sink = new EnrichedSink(SinkConfig.defaults(out), consumer, SinkListener.NONE);
        consumer.schedulePollTask(() -> {
            consumer.assign(P0);
            consumer.deliverUpTo(P0, 2);
        });
        consumer.schedulePollTask(sink::close);

        sink.run();

        assertFalse(Files.exists(stale));
        assertEquals(List.of(DAY + name(0, 0, 1)), filesUnder(out));
    }

    @Test
    void shouldWriteWhatIsBufferedWhenClosedFromAnotherThread() throws InterruptedException {
        RecordingConsumer consumer = new RecordingConsumer();
        EnrichedSink sink = new EnrichedSink(SinkConfig.defaults(out), consumer, SinkListener.NONE);
        CountDownLatch delivered = new CountDownLatch(1);
        consumer.schedulePollTask(() -> {
            consumer.assign(P0);
            consumer.deliverUpTo(P0, 3);
        });
        consumer.schedulePollTask(delivered::countDown);
        Thread runner = new Thread(sink, "sink");
        runner.start();

        delivered.await();
        sink.close();

        assertTrue(consumer.closed(), "close() returned before the sink stopped");
        assertEquals(List.of(DAY + name(0, 0, 2)), filesUnder(out));
        assertEquals(Map.of(P0, 3L), consumer.commits);
        runner.join();
    }

    @Test
    void shouldCloseTheConsumerWhenClosedBeforeRunning() {
        RecordingConsumer consumer = new RecordingConsumer();
        EnrichedSink sink = new EnrichedSink(SinkConfig.defaults(out), consumer, SinkListener.NONE);

        sink.close();

        assertTrue(consumer.closed());
        assertThrows(IllegalStateException.class, sink::run);
        assertTrue(sink.flush().isDone());
    }

    @Test
    void shouldStopWithoutWritingTheBufferWhenTheListenerFails() {
        RecordingConsumer consumer = new RecordingConsumer();
        EnrichedSink sink = new EnrichedSink(SinkConfig.defaults(out).withRollRecords(2), consumer,
                (file, articles) -> {
                    throw new IllegalStateException("listener broke");
                });
        consumer.schedulePollTask(() -> {
            consumer.assign(P0);
            consumer.deliverUpTo(P0, 3);
        });

        assertThrows(IllegalStateException.class, sink::run);
        assertEquals(List.of(DAY + name(0, 0, 1)), filesUnder(out));
        assertEquals(Map.of(P0, 2L), consumer.commits);
        assertTrue(consumer.closed());
    }

    @Test
    void shouldOverrideTheSettingsExactlyOnceRestsOn() {
        Map<String, Object> given = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9093",
                "security.protocol", "SASL_SSL",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "true",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");

        Map<String, Object> used = EnrichedSink.consumerProperties(SinkConfig.defaults(out), given);

        assertEquals("broker:9093", used.get(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG));
        assertEquals("SASL_SSL", used.get("security.protocol"));
        assertEquals(false, used.get(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG));
        assertEquals("read_committed", used.get(ConsumerConfig.ISOLATION_LEVEL_CONFIG));
        assertEquals("earliest", used.get(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG));
        assertEquals("newsflow-sink", used.get(ConsumerConfig.GROUP_ID_CONFIG));
    }
}
