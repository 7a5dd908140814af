package dev.newsflow.measure.bench;

import dev.newsflow.metrics.ServiceMetrics;
import dev.newsflow.model.DirectoryTree;
import dev.newsflow.model.Progress;
import dev.newsflow.sink.EnrichedSink;
import dev.newsflow.sink.RunSink;
import dev.newsflow.sink.SinkConfig;
import dev.newsflow.sink.SinkListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The stages that write files: the sink alone, draining what the full topology wrote to
 * {@code newsflow.enriched}, and the whole {@code newsflow run} (read the files, ingest, enrich,
 * write files), run in-process on the benchmark's broker exactly as a user runs it.
 */
public final class BenchRun {

    /**
     * {@code newsflow ARGS...} run in this process, printing to the given writers; returns its
     * exit code. The command line lives in the cli module, which this module comes before.
     */
    @FunctionalInterface
    public interface Newsflow {
        int execute(PrintWriter out, PrintWriter err, String... args);
    }

    private final Newsflow newsflow;
    private final Map<String, Object> client;
    private final int partitions;
    private final int threads;
    private final BenchMemory memory;
    private final PrintWriter err;
    private final ServiceMetrics metrics;

    /**
     * @param metrics counts what the sink alone writes and gets its consumer's metrics; when on, 'run'
     *     serves metrics of its own too (on a free port)
     */
    public BenchRun(Newsflow newsflow, Map<String, Object> client, int partitions, int threads, BenchMemory memory,
                    PrintWriter err, ServiceMetrics metrics) {
        this.metrics = metrics;
        this.newsflow = newsflow;
        this.client = client;
        this.partitions = partitions;
        this.threads = threads;
        this.memory = memory;
        this.err = err;
    }

    /**
     * The sink alone on the enriched topic as the full topology left it: from the sink's start to
     * the last of the articles in a durable file. Its consumer joins a group of its own first.
     */
    public BenchStage sinkAlone(Set<String> ids, double bytesPerArticle, Path out) throws Exception {
        double retainedStart = BenchStage.mb(memory.retainedHeap());
        memory.resetPeaks();
        Set<String> written = ConcurrentHashMap.newKeySet();
        SinkConfig config = SinkConfig.defaults(out).withGroupId("newsflow-bench-sink");
        long start = System.nanoTime();
        BenchStage.CpuTime cpuStart = BenchStage.CpuTime.now();
        Progress progress = Progress.on(err, () -> new Progress.Status("sink alone", written.size(), ids.size(), "articles written"));
        SinkListener counted = metrics.sinkListener((file, articles) -> articles.forEach(a -> written.add(a.id())));
        try (RunSink sink = new RunSink(config, metrics.bindConsumer(EnrichedSink.consumer(config, client)), counted)) {
            // files roll by record count, per partition: each partition may keep up to a file's worth
            // less one; once the rest is in files (or nothing more has rolled for a while), flush that
            int rollable = Math.max(0, ids.size() - partitions * (config.rollRecords() - 1));
            int seen = 0;
            long lastGrowth = System.nanoTime();
            while (written.size() < rollable && (seen == 0 || System.nanoTime() - lastGrowth < 2_000_000_000L)) {
                if (written.size() != seen) {
                    seen = written.size();
                    lastGrowth = System.nanoTime();
                }
                progress.tick();
                Thread.sleep(10);
            }
            sink.writeAll(ids);
            double seconds = (System.nanoTime() - start) / 1e9;
            BenchStage.CpuTime cpu = BenchStage.CpuTime.since(cpuStart);
            progress.clear();
            double rate = ids.size() / seconds;
            return new BenchStage("sink", "sink alone (draining)", ids.size(), seconds, rate,
                    bytesPerArticle * rate / BenchStage.MB, BenchStage.cpuMsPerArticle(cpu, ids.size()),
                    BenchStage.jitMsPerArticle(cpu, ids.size()), null, null, null, null, null,
                    BenchStage.mb(memory.peakHeap()), BenchStage.mb(memory.peakResident()), retainedStart,
                    BenchStage.mb(memory.retainedHeap()), null, null, null, null,
                    "newsflow.enriched as the full topology left it, to files; group join included");
        }
    }

    /**
     * {@code newsflow run INPUT --out DIR} on this broker. The time is taken from the first
     * article ingested (the earliest {@code ingestedAt} seen on the enriched topic) to the last
     * file made durable; start-up (the topology joining its group) and shut-down are left out.
     */
    public BenchStage run(Path input, int articles, double bytesPerArticle, Double tokensPerArticle, Path out, Path state)
            throws Exception {
        BenchTopics.recreate(client, partitions);
        double retainedStart = BenchStage.mb(memory.retainedHeap());
        memory.resetPeaks();
        StringWriter runOut = new StringWriter();
        StringWriter runErr = new StringWriter();
        int exitCode;
        List<BenchOutput.Arrival> arrivals;
        long revisions;
        err.printf("bench: newsflow run %s --out %s (%d articles)%n", input, out, articles);
        err.flush();
        try (BenchOutput output = new BenchOutput(client)) {
            List<String> args = new ArrayList<>(List.of("run", input.toString(), "--out", out.toString(),
                    "--state-dir", state.toString(), "--bootstrap-servers", String.valueOf(client.get("bootstrap.servers")),
                    "--partitions", Integer.toString(partitions), "--threads", Integer.toString(threads)));
            if (metrics.isOn()) {
                args.addAll(List.of("--metrics-port", "0"));
            }
            exitCode = newsflow.execute(new PrintWriter(runOut, true), new PrintWriter(runErr, true), args.toArray(String[]::new));
            arrivals = output.arrivals();
            revisions = output.records() - output.distinct();
        }
        if (exitCode != 0) {
            throw new IllegalStateException("newsflow run failed (exit " + exitCode + "): " + runErr.toString().strip());
        }
        long firstIngest = arrivals.stream().mapToLong(BenchOutput.Arrival::ingestedAtMs).min().orElseThrow();
        long lastEnriched = arrivals.stream().mapToLong(BenchOutput.Arrival::atMs).max().orElseThrow();
        long lastFile = lastFileWritten(out);
        double stateMb = BenchStage.mb(BenchStreams.sizeOf(state.resolve("streams")));
        DirectoryTree.delete(state.resolve("streams")); // its log (newsflow.log) stays
        double seconds = Math.max(1, lastFile - firstIngest) / 1000.0;
        double rate = articles / seconds;
        List<Long> latencies = arrivals.stream().map(BenchOutput.Arrival::latencyMs).sorted().toList();
        String summary = runOut.toString().lines().findFirst().orElse("");
        return new BenchStage("run", "run end to end", articles, seconds, rate, bytesPerArticle * rate / BenchStage.MB,
                null, null, tokensPerArticle == null ? null : tokensPerArticle * rate, null, null,
                BenchStage.quantile(latencies, 0.50), BenchStage.quantile(latencies, 0.99),
                BenchStage.mb(memory.peakHeap()), BenchStage.mb(memory.peakResident()), retainedStart,
                BenchStage.mb(memory.retainedHeap()), stateMb, null, null, revisions,
                "the sink finished " + (lastFile - lastEnriched) + " ms after the last enriched record; " + summary);
    }

    /** When the last output file was made durable (its modification time). */
    private static long lastFileWritten(Path out) {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).mapToLong(f -> {
                try {
                    return Files.getLastModifiedTime(f).toMillis();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).max().orElseThrow(() -> new IllegalStateException("newsflow run wrote no files to " + out));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + out + ": " + e.getMessage(), e);
        }
    }
}
