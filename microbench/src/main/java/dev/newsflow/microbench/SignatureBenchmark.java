package dev.newsflow.microbench;

import dev.newsflow.enrich.near.MinHash;
import dev.newsflow.enrich.near.Shingles;
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

/** The similarity signature of one paragraph: its word set (shingles) and its 12 MinHash band keys. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SignatureBenchmark {

    private List<String> paragraphs;
    private List<Shingles> shingles;
    private int next;

    @Setup
    public void generate() {
        paragraphs = Articles.paragraphs(Articles.generate());
        shingles = paragraphs.stream().map(Shingles::of).toList();
    }

    private int nextIndex() {
        next = next + 1 == paragraphs.size() ? 0 : next + 1;
        return next;
    }

    @Benchmark
    public Shingles shingles() {
        return Shingles.of(paragraphs.get(nextIndex()));
    }

    @Benchmark
    public List<String> bandKeys() {
        return MinHash.bandKeys(shingles.get(nextIndex()));
    }

    @Benchmark
    public List<String> signature() {
        return MinHash.bandKeys(Shingles.of(paragraphs.get(nextIndex())));
    }
}
