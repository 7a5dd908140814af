package dev.newsflow.microbench;

import dev.newsflow.enrich.Segmenter;
import dev.newsflow.model.Article;
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

/** Splitting one article of about 1,000 words into paragraphs. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SegmentBenchmark {

    private List<Article> articles;
    private int next;

    @Setup
    public void generate() {
        articles = Articles.generate();
    }

    @Benchmark
    public List<String> segmentArticle() {
        return Segmenter.segment(articles.get(next++ & (Articles.COUNT - 1)).text());
    }
}
