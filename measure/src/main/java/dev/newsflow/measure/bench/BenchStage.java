package dev.newsflow.measure.bench;

import java.util.List;
import java.util.Map;

/**
 * The figures of one benchmark stage. Figures that do not apply to a stage are null (and
 * written as null in the JSON).
 *
 * @param key a short stable name, for the JSON and the chart
 * @param articles how many articles the throughput was measured on
 * @param seconds from the first article produced (or handed over) to the last one out
 * @param mbPerS megabytes (10^6 bytes) of input article JSON per second
 * @param cpuMsPerArticle CPU time of this whole process (stages, broker, producer, the benchmark's reader) per article,
 *     over the same span: less sensitive than throughput to other work on the machine
 * @param jitMsPerArticle the part of {@code cpuMsPerArticle} that the JIT compilers took: the cost of warming up,
 *     not of the stage, and large on a small machine for the first minutes (null where it cannot be read)
 * @param tokensPerS words as the recogniser tokenises them, of the kept paragraphs, per second
 * @param latencyP50Ms ingest to enriched topic, median, with articles fed at half the stage's throughput
 * @param latencyP99Ms the same, 99th percentile
 * @param saturatedP50Ms ingest to enriched topic, median, while the whole corpus is fed at once (queueing included)
 * @param saturatedP99Ms the same, 99th percentile
 * @param peakHeapMb the most heap in use while the stage ran, sampled every 100 ms (the corpus held by the benchmark included)
 * @param peakResidentMb the process's largest resident set while the stage ran (heap, RocksDB and all else native)
 * @param retainedStartMb heap in use after a full collection, just before the stage
 * @param retainedEndMb heap in use after a full collection, at its end
 * @param stateMb the Kafka Streams state directory on disk at the end
 * @param internalRecordsPerArticle records written to the stage's own topics (enrich's claims, repartitions,
 *     changelogs) per article (their end offsets, which count transaction markers too): what one article costs
 *     inside Kafka
 * @param internalRecordsByTopic the same, by topic (an internal one's name without the application id), largest first
 * @param revisions output records beyond the first of each article (an article emitted again, revised)
 */
public record BenchStage(String key, String name, int articles, double seconds, double articlesPerS, Double mbPerS,
                  Double cpuMsPerArticle, Double jitMsPerArticle, Double tokensPerS, Long latencyP50Ms, Long latencyP99Ms, Long saturatedP50Ms, Long saturatedP99Ms,
                  Double peakHeapMb, Double peakResidentMb, Double retainedStartMb, Double retainedEndMb, Double stateMb,
                  Double internalRecordsPerArticle, Map<String, Double> internalRecordsByTopic, Long revisions,
                  String note) {

    public static final double MB = 1_000_000.0;

    /** The value at the given quantile (0..1) of the sorted values, nearest rank; null when there are none. */
    public static Long quantile(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(q * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    /** CPU time used by this process so far, in nanoseconds, all threads together. */
    public static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    public static Double cpuMsPerArticle(CpuTime used, int articles) {
        return articles == 0 ? null : used.processNanos() / 1e6 / articles;
    }

    public static Double jitMsPerArticle(CpuTime used, int articles) {
        return articles == 0 || used.jitNanos() < 0 ? null : used.jitNanos() / 1e6 / articles;
    }

    /** The CPU time of this process, and of its JIT compiler threads (-1 where unknown), at one moment or over a span. */
    public record CpuTime(long processNanos, long jitNanos) {

        public static CpuTime now() {
            return new CpuTime(processCpuNanos(), JitCompilers.cpuNanos());
        }

        /** What was used from {@code start} until now. */
        public static CpuTime since(CpuTime start) {
            CpuTime now = now();
            return new CpuTime(now.processNanos - start.processNanos,
                    now.jitNanos < 0 || start.jitNanos < 0 ? -1 : now.jitNanos - start.jitNanos);
        }
    }

    public static Double mb(long bytes) {
        return bytes / MB;
    }
}
