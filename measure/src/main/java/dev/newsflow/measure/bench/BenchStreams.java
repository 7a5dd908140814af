package dev.newsflow.measure.bench;

import dev.newsflow.enrich.EnrichStreams;
import dev.newsflow.ingest.ArticlePublisher;
import dev.newsflow.metrics.ServiceMetrics;
import dev.newsflow.model.Article;
import dev.newsflow.model.DirectoryTree;
import dev.newsflow.model.Progress;
import dev.newsflow.model.Topics;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * Runs one Kafka Streams topology on fresh topics and measures it.
 *
 * <p>The topology is started and running (partitions assigned) before the first article is
 * produced; then the whole corpus is produced as fast as the producer takes it while the topology
 * runs, and the time is taken from the first produce to the first arrival of the last article on
 * {@code newsflow.enriched}, as a reader of committed records sees it. Producing while the
 * topology runs, rather than draining a topic filled before, is what a live pipeline does and
 * what the issue asks ("from first produce to last output record"); the producer takes its share
 * of the CPU in every stage alike. Then a few more articles are fed one at a time at half the
 * measured rate, for latency without queueing.
 */
public final class BenchStreams {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Map<String, Object> client;
    private final Map<String, String> streamsOverrides;
    private final int partitions;
    private final int threads;
    private final Path stateRoot;
    private final BenchMemory memory;
    private final PrintWriter err;
    private final Duration timeout;
    private final ServiceMetrics metrics;
    private List<String> fed = List.of();

    /** @param metrics gets each stage's Kafka Streams metrics while the stage runs; {@link ServiceMetrics#off()} for none */
    public BenchStreams(Map<String, Object> client, Map<String, String> streamsOverrides, int partitions, int threads,
                 Path stateRoot, BenchMemory memory, PrintWriter err, Duration timeout, ServiceMetrics metrics) {
        this.metrics = metrics;
        this.client = client;
        this.streamsOverrides = streamsOverrides;
        this.partitions = partitions;
        this.threads = threads;
        this.stateRoot = stateRoot;
        this.memory = memory;
        this.err = err;
        this.timeout = timeout;
    }

    /** The ids of the articles the last stage fed, latency probes included. */
    public List<String> fed() {
        return fed;
    }

    /** The limit: records from the input topic to the output topic unchanged, nothing else. */
    public static Topology passThrough() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(Topics.ARTICLES.name(), Consumed.with(Serdes.String(), Serdes.ByteArray()))
                .to(Topics.ENRICHED.name(), Produced.with(Serdes.String(), Serdes.ByteArray()));
        return builder.build();
    }

    /**
     * @param applicationId fresh for each stage, so that no stage finds another's state or offsets
     * @param probes articles fed one at a time after the measured ones, for latency; may be empty
     */
    public BenchStage run(String key, String name, String applicationId, Topology topology, BenchCorpus corpus,
                   List<Article> probes, Double tokensPerArticle) throws Exception {
        BenchTopics.recreate(client, partitions);
        Path stateDir = stateRoot.resolve(applicationId);
        Map<String, Object> streamsClient = new HashMap<>(client);
        streamsClient.putAll(streamsOverrides);
        streamsClient.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        KafkaStreams streams = new KafkaStreams(topology, EnrichStreams.properties(streamsClient, stateDir, threads));
        CountDownLatch running = new CountDownLatch(1);
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.RUNNING) {
                running.countDown();
            }
        });
        List<Article> measured = corpus.measured();
        fed = new ArrayList<>(measured.stream().map(Article::id).toList());
        try (BenchOutput output = new BenchOutput(client);
             AutoCloseable bound = metrics.bind(streams)) {
            streams.start();
            if (!running.await(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + ": the topology was not running after " + START_TIMEOUT);
            }
            double retainedStart = BenchStage.mb(memory.retainedHeap());
            memory.resetPeaks();

            long start = System.currentTimeMillis();
            BenchStage.CpuTime cpuStart = BenchStage.CpuTime.now();
            try (ArticlePublisher publisher = new ArticlePublisher(client)) {
                for (Article article : measured) {
                    publisher.publish(article.withIngestedAt(Instant.ofEpochMilli(System.currentTimeMillis())));
                }
                awaitArrivals(name, streams, output, measured.size(), measured.size());
                BenchStage.CpuTime cpu = BenchStage.CpuTime.since(cpuStart);
                List<BenchOutput.Arrival> arrivals = output.arrivals();
                long end = arrivals.stream().mapToLong(BenchOutput.Arrival::atMs).max().orElse(start);
                double seconds = Math.max(1, end - start) / 1000.0;
                double rate = measured.size() / seconds;
                List<Long> saturated = latencies(arrivals);

                List<Long> paced = feedPaced(name, streams, publisher, output, probes, rate / 2);
                double peakHeap = BenchStage.mb(memory.peakHeap());
                double peakResident = BenchStage.mb(memory.peakResident());
                double retainedEnd = BenchStage.mb(memory.retainedHeap());
                long revisions = output.records() - output.distinct();
                closeStreams(streams);
                double stateMb = BenchStage.mb(sizeOf(stateDir));
                DirectoryTree.delete(stateDir); // with 20,000 articles a stage leaves gigabytes
                Map<String, Long> internal = BenchTopics.internalRecords(client, applicationId);
                BenchTopics.deleteInternal(client, applicationId);
                int articles = measured.size() + paced.size();
                Map<String, Double> perArticle = new LinkedHashMap<>();
                internal.forEach((topic, records) -> perArticle.put(topic, (double) records / articles));
                return new BenchStage(key, name, measured.size(), seconds, rate,
                        corpus.stats().bytesPerArticle() * rate / BenchStage.MB, BenchStage.cpuMsPerArticle(cpu, measured.size()),
                        BenchStage.jitMsPerArticle(cpu, measured.size()),
                        tokensPerArticle == null ? null : tokensPerArticle * rate,
                        BenchStage.quantile(paced, 0.50), BenchStage.quantile(paced, 0.99),
                        BenchStage.quantile(saturated, 0.50), BenchStage.quantile(saturated, 0.99),
                        peakHeap, peakResident, retainedStart, retainedEnd, stateMb,
                        (double) internal.values().stream().mapToLong(Long::longValue).sum() / articles, perArticle,
                        revisions,
                        paced.isEmpty() ? null : "latency: " + paced.size() + " articles fed at " + round(rate / 2) + "/s");
            }
        } finally {
            closeStreams(streams);
        }
    }

    /**
     * Feeds the probes one at a time at the given rate (articles per second) and returns their
     * latencies, sorted. At most as many as fit in about 30 s, and at least 10 where there are.
     */
    private List<Long> feedPaced(String name, KafkaStreams streams, ArticlePublisher publisher, BenchOutput output,
                                 List<Article> probes, double perSecond) throws InterruptedException {
        if (probes.isEmpty() || perSecond <= 0) {
            return List.of();
        }
        int count = (int) Math.min(probes.size(), Math.max(10, Math.ceil(perSecond * 30)));
        List<Article> probed = probes.subList(0, count);
        long intervalNanos = (long) (1e9 / perSecond);
        long next = System.nanoTime();
        int before = output.distinct();
        for (Article probe : probed) {
            LockSupport.parkNanos(next - System.nanoTime());
            next += intervalNanos;
            publisher.publish(probe.withIngestedAt(Instant.ofEpochMilli(System.currentTimeMillis())));
            fed.add(probe.id());
        }
        awaitArrivals(name + ", latency", streams, output, before + count, count);
        return latencies(output.arrivals(probed.stream().map(Article::id).toList()));
    }

    private static List<Long> latencies(List<BenchOutput.Arrival> arrivals) {
        return arrivals.stream().map(BenchOutput.Arrival::latencyMs).sorted().toList();
    }

    private void awaitArrivals(String name, KafkaStreams streams, BenchOutput output, int distinct, int total)
            throws InterruptedException {
        int base = distinct - total;
        Progress progress = Progress.on(err, () -> new Progress.Status(name, output.distinct() - base, total, "articles out"));
        long deadline = System.nanoTime() + timeout.toNanos();
        while (output.distinct() < distinct) {
            KafkaStreams.State state = streams.state();
            if (state == KafkaStreams.State.ERROR || state == KafkaStreams.State.NOT_RUNNING
                    || state == KafkaStreams.State.PENDING_ERROR) {
                throw new IllegalStateException(name + ": the topology stopped (" + state + ")");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + ": only " + (output.distinct() - base) + " of " + total
                        + " articles came out within " + timeout);
            }
            progress.tick();
            Thread.sleep(10); // the topology and the broker run on their own threads
        }
        progress.clear();
    }

    private static void closeStreams(KafkaStreams streams) {
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(60)));
    }

    public static long sizeOf(Path dir) {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    return 0; // deleted while we walked
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String round(double value) {
        return value >= 10 ? String.valueOf(Math.round(value)) : String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
