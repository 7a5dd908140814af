package dev.newsflow.microbench;

import dev.newsflow.enrich.Fingerprinter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One paragraph (about 33 words) normalised, and normalised and hashed: the exact fingerprint.
 * An article of 1,000 words has about 30.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FingerprintBenchmark {

    private List<String> paragraphs;
    private int next;

    @Setup
    public void generate() {
        paragraphs = Articles.paragraphs(Articles.generate());
    }

    private String paragraph() {
        next = next + 1 == paragraphs.size() ? 0 : next + 1;
        return paragraphs.get(next);
    }

    @Benchmark
    public String normalise() {
        return Fingerprinter.normalise(paragraph());
    }

    @Benchmark
    public String normaliseAndFingerprint() {
        return Fingerprinter.fingerprint(paragraph());
    }
}
