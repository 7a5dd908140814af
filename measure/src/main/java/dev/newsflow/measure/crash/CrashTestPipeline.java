package dev.newsflow.measure.crash;

import dev.newsflow.enrich.EnrichTopology;
import dev.newsflow.model.TopicSetup;
import dev.newsflow.model.Topics;
import dev.newsflow.sink.CrashPoint;
import dev.newsflow.sink.SinkConfig;
import dev.newsflow.sink.SinkFileName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * One pipeline of the crash test on its own folder: {@code newsflow broker} (one, or the nodes of a
 * cluster, {@link CrashTestBrokers}), {@code enrich} and {@code sink}, each a child process, and what
 * the test watches of them (the committed records of {@code newsflow.enriched}, the sink's files, the
 * consumer groups' offsets). Brokers, enrich and sink can be killed and started again; whatever runs
 * is stopped by {@link #close()}.
 */
public final class CrashTestPipeline implements AutoCloseable {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final String label;
    private final Path dir;
    private final CrashTest.Settings settings;
    private final Consumer<String> progress;
    private final int brokerCount;
    private final Map<String, Integer> starts = new HashMap<>();

    private CrashTestBrokers brokers;
    private CrashTestProcess enrich;
    private CrashTestProcess sink;
    private String bootstrap;
    private Admin admin;
    private EnrichedWatch watch;

    CrashTestPipeline(String label, Path dir, CrashTest.Settings settings, int brokerCount, Consumer<String> progress) {
        this.label = label;
        this.dir = dir;
        this.settings = settings;
        this.brokerCount = brokerCount;
        this.progress = progress;
    }

    /** Starts the brokers, creates the topics, starts enrich and sink. */
    CrashTestPipeline start() {
        brokers = new CrashTestBrokers(dir, brokerCount, this::logOf).start();
        bootstrap = brokers.bootstrapServers();
        admin = Admin.create(Map.of("bootstrap.servers", bootstrap));
        TopicSetup.ensure(client(), settings.partitions());
        writeServiceConfig();
        enrich = startEnrich();
        sink = startSink(null);
        watch = new EnrichedWatch(client());
        progress.accept(String.format("%s: %s on %s, %s, %s; logs in %s", label, brokers, bootstrap, enrich, sink,
                dir.resolve("logs")));
        return this;
    }

    CrashTestBrokers brokers() {
        return brokers;
    }

    Admin admin() {
        return admin;
    }

    Map<String, Object> client() {
        return Map.of("bootstrap.servers", bootstrap);
    }

    Path out() {
        return dir.resolve("out");
    }

    CrashTestProcess enrich() {
        return enrich;
    }

    CrashTestProcess sink() {
        return sink;
    }

    EnrichedWatch watch() {
        return watch;
    }

    /**
     * Consumer groups notice a member that was killed after {@code session.timeout.ms}; 6 s (the
     * broker's minimum) instead of the default 45 s keeps each restart from stalling the pipeline.
     */
    private void writeServiceConfig() {
        try {
            Files.writeString(serviceConfig(), "session.timeout.ms=6000\nheartbeat.interval.ms=1500\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path serviceConfig() {
        return dir.resolve("services.properties");
    }

    CrashTestProcess startEnrich() {
        List<String> args = new ArrayList<>(List.of("enrich", "--bootstrap-servers", bootstrap,
                "--kafka-config", serviceConfig().toString(), "--state-dir", dir.resolve("enrich-state").toString(),
                "--partitions", Integer.toString(settings.partitions())));
        if (!settings.tagging()) {
            args.add("--no-tagging");
        }
        enrich = CrashTestProcess.start("enrich", logOf("enrich"), settings.tagging() ? "1g" : "512m", List.of(), args);
        return enrich;
    }

    static final String ROLL_AFTER = "2s";

    /** Starts the sink; with a crash point, one that halts itself there (see {@link CrashPoint}). */
    CrashTestProcess startSink(String crashAt) {
        List<String> properties = crashAt == null ? List.of() : List.of("-D" + CrashPoint.PROPERTY + "=" + crashAt);
        // -v: the sink logs each file and each resume point, which is what one reads after a failure;
        // a short clock roll makes file boundaries depend on timing, as on a quiet topic: the
        // offsets in the file names must keep the output exactly once all the same
        sink = CrashTestProcess.start("sink", logOf("sink"), "256m", properties, List.of("sink", "-v",
                "--bootstrap-servers", bootstrap, "--kafka-config", serviceConfig().toString(),
                "--out", out().toString(), "--roll-records", Integer.toString(settings.rollRecords()),
                "--roll-after", ROLL_AFTER));
        return sink;
    }

    /** Starts {@code newsflow ingest ARGS...}. */
    CrashTestProcess startIngest(String... inputs) {
        List<String> args = new ArrayList<>(List.of("ingest", "--bootstrap-servers", bootstrap));
        args.addAll(List.of(inputs));
        return CrashTestProcess.start("ingest", logOf("ingest"), "512m", List.of(), args);
    }

    private Path logOf(String service) {
        int n = starts.merge(service, 1, Integer::sum);
        return dir.resolve("logs").resolve(service + "-" + n + ".log");
    }

    /** How often enrich has reached RUNNING, by its log in the state folder (appended to by every start). */
    int enrichRunningTransitions() {
        try {
            Path log = dir.resolve("enrich-state").resolve("enrich.log");
            if (!Files.exists(log)) {
                return 0;
            }
            try (Stream<String> lines = Files.lines(log)) {
                return (int) lines.filter(l -> l.contains("Enrich topology: ") && l.endsWith("-> RUNNING")).count();
            }
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    /** Whether a sink started with -v has been given its partitions (it logs where each one resumes). */
    static boolean sinkAssigned(CrashTestProcess sink) {
        String output = sink.output();
        return output.contains("resuming at offset") || output.contains("starting at the committed offset");
    }

    /** Records on newsflow.articles (it is written without transactions, so its end offsets count them). */
    long articlesOnTopic() {
        return endOffsets(Topics.ARTICLES.name()).values().stream().mapToLong(Long::longValue).sum();
    }

    /** Finished sink files in OUT. */
    List<Path> sinkFiles() {
        return filesIn(out(), name -> SinkFileName.parse(name).isPresent());
    }

    /** Temporary files in OUT: a write under way, or one a crash cut short. */
    List<Path> tempFiles() {
        return filesIn(out(), name -> SinkFileName.parseTemp(name).isPresent());
    }

    private static List<Path> filesIn(Path out, Predicate<String> name) {
        for (int attempt = 1; ; attempt++) {
            if (!Files.isDirectory(out)) {
                return List.of();
            }
            try {
                return namesIn(out, name);
            } catch (IOException | UncheckedIOException e) {
                if (attempt == 5) {
                    throw new IllegalStateException("cannot list the files in " + out + ": " + e.getMessage(), e);
                }
            }
        }
    }

    /**
     * The files of {@code out} and of its folders (the days) whose names match, by name only: a
     * walk also reads each file's attributes, and fails on a temporary file that the running sink
     * renames between the listing and the read, which a burst of small files made happen on every
     * try.
     */
    private static List<Path> namesIn(Path out, Predicate<String> name) throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(out)) {
            for (Path entry : entries) {
                if (name.test(entry.getFileName().toString())) {
                    found.add(entry);
                } else if (Files.isDirectory(entry)) {
                    try (DirectoryStream<Path> files = Files.newDirectoryStream(entry)) {
                        files.forEach(file -> {
                            if (name.test(file.getFileName().toString())) {
                                found.add(file);
                            }
                        });
                    }
                }
            }
        }
        found.sort(null);
        return found;
    }

    /** Per partition, the offset the sink group has committed on newsflow.enriched. */
    Map<Integer, Long> sinkCommitted() {
        Map<Integer, Long> committed = new HashMap<>();
        groupOffsets(SinkConfig.DEFAULT_GROUP_ID).forEach((tp, offset) -> {
            if (tp.topic().equals(Topics.ENRICHED.name())) {
                committed.put(tp.partition(), offset);
            }
        });
        return committed;
    }

    /**
     * Records the enrich topology has yet to process: committed records on its input topics
     * ({@code newsflow.articles} and its repartition topics) after the offsets its group committed.
     * Counted, not subtracted, because a transaction marker takes an offset too.
     */
    long enrichBacklog() {
        List<String> inputs = new ArrayList<>(List.of(Topics.ARTICLES.name()));
        try {
            admin.listTopics().names().get().stream()
                    .filter(t -> t.startsWith(EnrichTopology.APPLICATION_ID + "-") && t.endsWith("-repartition"))
                    .forEach(inputs::add);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot list the topics: " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Map<TopicPartition, Long> committed = groupOffsets(EnrichTopology.APPLICATION_ID);
        Map<TopicPartition, Long> from = new HashMap<>();
        for (String topic : inputs) {
            for (TopicPartition tp : endOffsets(topic).keySet()) {
                from.put(tp, committed.getOrDefault(tp, 0L));
            }
        }
        return recordsAfter(from).values().stream().mapToLong(Long::longValue).sum();
    }

    /** Per partition of newsflow.enriched, the committed records after the last sink file. */
    Map<Integer, Long> recordsNotInFiles() {
        Map<Integer, Long> next = new HashMap<>();
        for (Path file : sinkFiles()) {
            SinkFileName name = SinkFileName.parse(file.getFileName().toString()).orElseThrow();
            next.merge(name.partition(), name.nextOffset(), Math::max);
        }
        Map<TopicPartition, Long> from = new HashMap<>();
        for (TopicPartition tp : endOffsets(Topics.ENRICHED.name()).keySet()) {
            from.put(tp, next.getOrDefault(tp.partition(), 0L));
        }
        Map<Integer, Long> left = new HashMap<>();
        recordsAfter(from).forEach((tp, n) -> left.put(tp.partition(), n));
        return left;
    }

    /** Counts the committed records from the given offsets to the end of each partition. */
    Map<TopicPartition, Long> recordsAfter(Map<TopicPartition, Long> from) {
        Map<TopicPartition, Long> counts = new HashMap<>();
        from.keySet().forEach(tp -> counts.put(tp, 0L));
        try (KafkaConsumer<String, byte[]> consumer = readCommitted(client())) {
            consumer.assign(from.keySet());
            Map<TopicPartition, Long> end = consumer.endOffsets(from.keySet());
            from.forEach(consumer::seek);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (from.keySet().stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(label + ": cannot read to the end of " + end.keySet() + " within 60 s");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() < end.get(tp)) {
                        counts.merge(tp, 1L, Long::sum);
                    }
                }
            }
        }
        return counts;
    }

    static KafkaConsumer<String, byte[]> readCommitted(Map<String, Object> client) {
        Map<String, Object> props = new HashMap<>(client);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
        return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }

    Map<TopicPartition, Long> endOffsets(String topic) {
        try {
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            description.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            Map<TopicPartition, Long> end = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((tp, info) -> end.put(tp, info.offset()));
            return end;
        } catch (ExecutionException e) {
            throw new IllegalStateException(label + ": cannot read the end offsets of " + topic + ": " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Map<TopicPartition, Long> groupOffsets(String group) {
        try {
            Map<TopicPartition, OffsetAndMetadata> offsets =
                    admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, Long> committed = new HashMap<>();
            offsets.forEach((tp, o) -> {
                if (o != null) {
                    committed.put(tp, o.offset());
                }
            });
            return committed;
        } catch (ExecutionException e) {
            throw new IllegalStateException(label + ": cannot read the offsets of group " + group + ": "
                    + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The end of a run: waits until every article is on newsflow.enriched and enrich has nothing
     * left to process, stops enrich, lets the sink write what it can, and stops it with SIGTERM,
     * which writes what it buffers. Should a record still be missing from the files (the sink had
     * not fetched it yet when stopped), the sink is started and stopped once more.
     */
    void finish(Set<String> expectedIds, Duration timeout) {
        await("all " + expectedIds.size() + " articles on " + Topics.ENRICHED.name(), timeout, () -> {
            failIfEnded(enrich);
            return watch.ids().containsAll(expectedIds);
        });
        long[] backlog = {-1};
        await("enrich to process everything on its input topics", timeout, () -> {
            failIfEnded(enrich);
            long before = backlog[0];
            backlog[0] = enrichBacklog();
            // twice in a row, so that a record on its way between two topics is not missed
            return backlog[0] == 0 && before == 0;
        });
        enrich.stopCleanly(STOP_TIMEOUT);
        for (int round = 1; ; round++) {
            awaitSinkSettled(timeout);
            sink.stopCleanly(STOP_TIMEOUT);
            long left = recordsNotInFiles().values().stream().mapToLong(Long::longValue).sum();
            if (left == 0) {
                return;
            }
            if (round == 3) {
                throw new IllegalStateException(label + ": after 3 clean stops of the sink, " + left
                        + " records of " + Topics.ENRICHED.name() + " are still in no file");
            }
            progress.accept(String.format("%s: the sink stopped before it fetched %d records; starting it again to write them",
                    label, left));
            startSink(null);
        }
    }

    /** Until every partition has fewer records outside the files than make a file, and no file came for a second. */
    private void awaitSinkSettled(Duration timeout) {
        int[] files = {-1};
        await("the sink to write what makes whole files", timeout, () -> {
            failIfEnded(sink);
            int before = files[0];
            files[0] = sinkFiles().size();
            return files[0] == before && recordsNotInFiles().values().stream().allMatch(n -> n < settings.rollRecords());
        }, Duration.ofSeconds(1));
    }

    static void failIfEnded(CrashTestProcess process) {
        process.exitStatus().ifPresent(status -> {
            throw new IllegalStateException(process.name() + " ended unexpectedly with status " + status
                    + "; log " + process.log() + ":\n" + process.tail());
        });
    }

    /** Records out of enrich and files of the sink so far: either growing is progress. */
    private long progress() {
        return (watch == null ? 0 : watch.records()) + sinkFiles().size();
    }

    void await(String what, Duration timeout, BooleanSupplier condition) {
        await(what, timeout, condition, Duration.ofMillis(200));
    }

    /**
     * Polls the condition until it holds; fails naming what was awaited once the pipeline has made
     * no progress (no new record out of enrich, no new file of the sink) for the timeout. Counting
     * from the last progress rather than from the start keeps a slow machine from failing a run
     * that is only slow, and still ends a run that is stuck.
     */
    void await(String what, Duration timeout, BooleanSupplier condition, Duration every) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long progress = progress();
        while (!condition.getAsBoolean()) {
            long now = progress();
            if (now != progress) {
                progress = now;
                deadline = System.nanoTime() + timeout.toNanos();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(label + ": no progress for " + timeout.toSeconds() + " s while waiting for "
                        + what + " (logs in " + dir.resolve("logs") + ")");
            }
            try {
                // child processes work against a real broker; there is no clock to move
                Thread.sleep(every.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what, e);
            }
        }
    }

    /** Stops whatever still runs, brokers last. */
    @Override
    public void close() {
        if (watch != null) {
            watch.close();
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
        for (CrashTestProcess process : new CrashTestProcess[] {sink, enrich}) {
            if (process != null && process.isAlive()) {
                try {
                    process.stop(STOP_TIMEOUT);
                } catch (IllegalStateException e) {
                    progress.accept(label + ": " + e.getMessage());
                }
            }
        }
        if (brokers != null) {
            try {
                brokers.close();
            } catch (IllegalStateException e) {
                progress.accept(label + ": " + e.getMessage());
            }
        }
    }

    /**
     * Reads newsflow.enriched as a consumer outside any group would (read_committed), on a thread of
     * its own: which article ids have been committed so far, and how many records enrich has written,
     * the notices on newsflow.unchanged included (a replay processed is progress too, though it
     * publishes nothing).
     */
    static final class EnrichedWatch implements AutoCloseable {

        private final KafkaConsumer<String, byte[]> consumer;
        private final Set<String> ids = ConcurrentHashMap.newKeySet();
        private final AtomicLong records = new AtomicLong();
        private final Thread thread;
        private volatile boolean closing;

        EnrichedWatch(Map<String, Object> client) {
            consumer = readCommitted(client);
            List<TopicPartition> partitions = Stream.of(Topics.ENRICHED.name(), Topics.UNCHANGED.name())
                    .flatMap(topic -> consumer.partitionsFor(topic).stream())
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            thread = new Thread(this::run, "crash-test-watch");
            thread.setDaemon(true);
            thread.start();
        }

        private void run() {
            try {
                while (!closing) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                        if (record.topic().equals(Topics.ENRICHED.name())) {
                            ids.add(record.key());
                        }
                        records.incrementAndGet();
                    }
                }
            } catch (WakeupException e) {
                // closing
            } finally {
                consumer.close();
            }
        }

        Set<String> ids() {
            return ids;
        }

        long records() {
            return records.get();
        }

        @Override
        public void close() {
            closing = true;
            consumer.wakeup();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
