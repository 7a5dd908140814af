package dev.newsflow.sink;

import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.JsonSerde;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes {@code newsflow.enriched} and writes it to files under {@code OUT}, exactly once.
 *
 * <p>Each partition has a {@link PartitionWriter}. A file is made durable (temporary file, fsync,
 * atomic rename) before the offset after it is committed, and when partitions are assigned the sink
 * seeks to the offset after the last file on disk. A crash at any point therefore neither loses nor
 * repeats a record: at worst a file exists whose offsets were not committed, and the seek skips them.
 *
 * <p>{@link #run()} polls on the calling thread until {@link #close()}; {@link #close()} and
 * {@link #flush()} may be called from any thread.
 */
public final class EnrichedSink implements Runnable, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EnrichedSink.class);

    // bounds how long a flush request waits; close() does not wait for it, it wakes the consumer
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(100);
    private static final JsonSerde<EnrichedArticle> ARTICLES = JsonSerde.of(EnrichedArticle.class);

    private final SinkConfig config;
    private final Consumer<String, byte[]> consumer;
    private final SinkListener listener;
    private final OffsetsOnDisk offsetsOnDisk;
    private final LongSupplier clock;

    // used only by the thread in run()
    private final Map<TopicPartition, PartitionWriter> writers = new HashMap<>();
    private final List<WrittenFile> uncommitted = new ArrayList<>();

    private final Queue<CompletableFuture<Void>> flushRequests = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean closing;
    private volatile Thread runner;
    private volatile Throwable failure;

    /**
     * @param kafkaProperties consumer properties: bootstrap servers and anything else (TLS, SASL, …).
     *                        Group id, isolation level, auto commit and offset reset are set by the sink.
     */
    public EnrichedSink(SinkConfig config, Map<String, Object> kafkaProperties, SinkListener listener) {
        this(config, consumer(config, kafkaProperties), listener);
    }

    /** @param consumer made by {@link #consumer}, or a fake in tests; the sink owns and closes it */
    public EnrichedSink(SinkConfig config, Consumer<String, byte[]> consumer, SinkListener listener) {
        this(config, consumer, listener, System::nanoTime);
    }

    /** @param clock nanoseconds, as {@link System#nanoTime()}: when buffered records have waited long enough */
    EnrichedSink(SinkConfig config, Consumer<String, byte[]> consumer, SinkListener listener, LongSupplier clock) {
        this.clock = clock;
        this.config = config;
        this.consumer = consumer;
        this.listener = listener;
        this.offsetsOnDisk = new OffsetsOnDisk(config.outDir());
    }

    /**
     * The consumer the sink needs, for a caller that wants it before the sink has it (to bind its
     * metrics); group id, isolation level, auto commit and offset reset are the sink's.
     */
    public static Consumer<String, byte[]> consumer(SinkConfig config, Map<String, Object> kafkaProperties) {
        return new KafkaConsumer<>(consumerProperties(config, kafkaProperties), new StringDeserializer(),
                new ByteArrayDeserializer());
    }

    static Map<String, Object> consumerProperties(SinkConfig config, Map<String, Object> kafkaProperties) {
        Map<String, Object> properties = new HashMap<>(kafkaProperties);
        // exactly-once rests on these, so they win over whatever the caller passed
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return properties;
    }

    /** Polls until {@link #close()}, then writes what is buffered, commits and closes the consumer. */
    @Override
    public void run() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("an EnrichedSink runs once; this one has run or was closed");
        }
        runner = Thread.currentThread();
        Throwable failed = null;
        try {
            consumer.subscribe(List.of(config.topic()), new Rebalance());
            log.info("Writing {} to {}", config.topic(), config.outDir());
            pollUntilClosed();
            writeAll();
            commitWritten();
            log.info("Stopped writing {} to {}", config.topic(), config.outDir());
        } catch (RuntimeException | Error e) {
            failed = e;
            failure = e;
            // what is buffered is not written; the next run reads it again after the last file
            discardAll();
            throw e;
        } finally {
            try {
                closeConsumer(failed);
            } finally {
                stopped.countDown();
                answerFlushRequests();
            }
        }
    }

    /**
     * Asks the running sink to write every buffered record as a file now, rolling rules or not. The
     * future completes once those files are durable and committed and the listener has been told.
     */
    public CompletableFuture<Void> flush() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        flushRequests.add(done);
        if (stopped.getCount() == 0) {
            answerFlushRequests();
        }
        return done;
    }

    /** True from the start of {@link #run()} until it stops, by {@link #close()} or by failure. */
    public boolean isRunning() {
        return runner != null && stopped.getCount() > 0;
    }

    /** Stops {@link #run()} and waits until it has written what was buffered and closed the consumer. */
    @Override
    public void close() {
        closing = true;
        if (started.compareAndSet(false, true)) {
            try {
                consumer.close();
            } finally {
                stopped.countDown();
                answerFlushRequests();
            }
            return;
        }
        consumer.wakeup();
        if (Thread.currentThread() != runner) {
            awaitStopped();
        }
    }

    private void pollUntilClosed() {
        while (!closing) {
            try {
                ConsumerRecords<String, byte[]> records = consumer.poll(POLL_TIMEOUT);
                for (ConsumerRecord<String, byte[]> record : records) {
                    writerOf(record).append(record, clock.getAsLong());
                }
                if (!records.isEmpty()) {
                    listener.onRead(records.count());
                }
            } catch (WakeupException e) {
                continue; // only close() wakes the consumer, and the loop condition sees it
            }
            long now = clock.getAsLong();
            writers.values().forEach(writer -> writer.writeIfWaited(now));
            // counted after the poll, so that a flush asked for during it covers the records it returned
            int flushesAsked = flushRequests.size();
            if (flushesAsked > 0) {
                writeAll();
            }
            commitWritten();
            for (int i = 0; i < flushesAsked; i++) {
                flushRequests.remove().complete(null);
            }
        }
    }

    private PartitionWriter writerOf(ConsumerRecord<String, byte[]> record) {
        return writers.computeIfAbsent(new TopicPartition(record.topic(), record.partition()), this::newWriter);
    }

    private PartitionWriter newWriter(TopicPartition partition) {
        return new PartitionWriter(partition.partition(), config, uncommitted::add);
    }

    private void writeAll() {
        writers.values().forEach(PartitionWriter::write);
    }

    private void discardAll() {
        writers.values().forEach(PartitionWriter::discard);
        writers.clear();
        uncommitted.clear();
    }

    /** Commits the offsets after the files written since the last commit, then tells the listener. */
    private void commitWritten() {
        if (uncommitted.isEmpty()) {
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (WrittenFile file : uncommitted) {
            offsets.merge(new TopicPartition(config.topic(), file.partition()),
                    new OffsetAndMetadata(file.name().nextOffset()),
                    (a, b) -> a.offset() >= b.offset() ? a : b);
        }
        commit(offsets);
        List<WrittenFile> files = List.copyOf(uncommitted);
        uncommitted.clear();
        files.forEach(this::announce);
    }

    private void commit(Map<TopicPartition, OffsetAndMetadata> offsets) {
        try {
            try {
                consumer.commitSync(offsets);
            } catch (WakeupException e) {
                // close() woke the consumer to end the loop; the files are durable, so finish their commit first
                consumer.commitSync(offsets);
            }
        } catch (CommitFailedException | RebalanceInProgressException | TimeoutException e) {
            log.warn("Could not commit offsets {} ({}); the files are written, and the sink resumes after them",
                    offsets, e.toString());
        }
    }

    private void announce(WrittenFile file) {
        log.info("Partition {}: wrote {} with {} records", file.partition(), file.path(), file.lines().size());
        listener.onFileWritten(file.path(), articlesIn(file));
    }

    private static List<EnrichedArticle> articlesIn(WrittenFile file) {
        List<EnrichedArticle> articles = new ArrayList<>(file.lines().size());
        for (WrittenFile.Line line : file.lines()) {
            try {
                EnrichedArticle article = ARTICLES.fromBytes(line.bytes());
                if (article == null) {
                    throw new SerializationException("the value is JSON null");
                }
                articles.add(article);
            } catch (SerializationException e) {
                log.warn("Partition {} offset {}: written to {} as received, but it is not an EnrichedArticle: {}",
                        file.partition(), line.offset(), file.path(), e.getMessage());
            }
        }
        return articles;
    }

    private void closeConsumer(Throwable failed) {
        try {
            consumer.close();
        } catch (RuntimeException e) {
            if (failed == null) {
                throw e;
            }
            failed.addSuppressed(e);
        }
    }

    private void answerFlushRequests() {
        for (CompletableFuture<Void> request; (request = flushRequests.poll()) != null; ) {
            if (failure == null) {
                request.complete(null);
            } else {
                request.completeExceptionally(failure);
            }
        }
    }

    private void awaitStopped() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Rebalance implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (partitions.isEmpty()) {
                return;
            }
            offsetsOnDisk.removeStaleTempFiles(partitions.stream().map(TopicPartition::partition).toList());
            Map<Integer, Long> onDisk = offsetsOnDisk.nextOffsets();
            for (TopicPartition partition : partitions) {
                writers.put(partition, newWriter(partition));
                Long next = onDisk.get(partition.partition());
                if (next == null) {
                    log.info("Partition {}: no files in {} yet; starting at the committed offset",
                            partition.partition(), config.outDir());
                    continue;
                }
                // a crash between rename and commit leaves the committed offset behind the files, so the files decide
                consumer.seek(partition, next);
                log.info("Partition {}: resuming at offset {}, after the last file in {}",
                        partition.partition(), next, config.outDir());
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            for (TopicPartition partition : partitions) {
                PartitionWriter writer = writers.remove(partition);
                if (writer != null) {
                    writer.write();
                }
            }
            commitWritten();
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            // another member may own these already, so a commit would fail; it reads them again after our last file
            for (TopicPartition partition : partitions) {
                PartitionWriter writer = writers.remove(partition);
                if (writer != null) {
                    writer.discard();
                }
            }
        }
    }
}
