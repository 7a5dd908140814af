package dev.newsflow.measure.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Runs an extractor on the pages of an extraction benchmark, one thread, and scores it: counts
 * summed over all pages, precision, recall, accuracy and F1 as the benchmark defines them, and
 * pages per second of extraction alone (reading and decompressing the files is not timed).
 * Optionally writes each page's text to {@code DUMP/<page id>.txt}, so that others can score it.
 */
public final class ExtractEvaluation {

    /** One page's outcome; {@code failure} is null where the extractor returned a text. */
    public record PageResult(EvalPage page, SnippetMatcher.PageScore score, int textLength, String failure) {}

    private final List<PageResult> pages;
    private final SnippetCounts counts;
    private final double seconds;
    private final double cpuSeconds;

    private ExtractEvaluation(List<PageResult> pages, SnippetCounts counts, double seconds, double cpuSeconds) {
        this.pages = List.copyOf(pages);
        this.counts = counts;
        this.seconds = seconds;
        this.cpuSeconds = cpuSeconds;
    }

    /**
     * @param dump where to write each page's text, or null
     */
    public static ExtractEvaluation run(List<EvalPage> evalPages, PageExtractor extractor, Path dump) {
        if (dump != null) {
            createDirectories(dump);
        }
        List<PageResult> results = new ArrayList<>();
        SnippetCounts total = SnippetCounts.ZERO;
        long nanos = 0;
        long cpuNanos = 0;
        for (EvalPage page : evalPages) {
            byte[] bytes = read(page.file());
            String text;
            String failure = null;
            long start = System.nanoTime();
            long cpuStart = cpuTime();
            try {
                text = extractor.extract(bytes, page.url());
                if (text == null) {
                    text = "";
                }
            } catch (Exception | StackOverflowError e) {
                text = "";
                failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
            nanos += System.nanoTime() - start;
            cpuNanos += cpuTime() - cpuStart;
            SnippetMatcher.PageScore score = SnippetMatcher.score(text, page.with(), page.without());
            total = total.plus(score.counts());
            results.add(new PageResult(page, score, text.length(), failure));
            if (dump != null) {
                write(dump.resolve(page.id() + ".txt"), text);
            }
        }
        return new ExtractEvaluation(results, total, nanos / 1e9, cpuNanos / 1e9);
    }

    public List<PageResult> pages() {
        return pages;
    }

    public SnippetCounts counts() {
        return counts;
    }

    public double seconds() {
        return seconds;
    }

    /** Seconds of this thread's CPU time spent extracting: what one thread needs, whatever else the machine runs. */
    public double cpuSeconds() {
        return cpuSeconds;
    }

    /** Pages per second of the extracting thread's CPU time; wall-clock time where the JVM cannot tell CPU time. */
    public double pagesPerSecond() {
        double time = cpuSeconds > 0 ? cpuSeconds : seconds;
        return time == 0 ? 0 : pages.size() / time;
    }

    private static long cpuTime() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
    }

    public long failures() {
        return pages.stream().filter(p -> p.failure() != null).count();
    }

    /** The page's bytes, decompressed where the file is gzipped. */
    static byte[] read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readAllBytes();
            if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B) {
                try (InputStream gz = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
                    return gz.readAllBytes();
                }
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
