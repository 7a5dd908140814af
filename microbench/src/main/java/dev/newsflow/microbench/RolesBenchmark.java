package dev.newsflow.microbench;

import dev.newsflow.enrich.roles.RecurringLines;
import dev.newsflow.enrich.roles.Role;
import dev.newsflow.enrich.roles.RoleClassifier;
import dev.newsflow.enrich.Segmenter;
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
 * The role of every paragraph of one article of about 1,000 words (about 32 paragraphs), as the
 * scatter decides them once per pass: issue 22 asks for 20,000 lines a second on one thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RolesBenchmark {

    private List<List<String>> pages;
    private RoleClassifier classifier;
    private int next;

    @Setup
    public void generate() {
        pages = Articles.generate().stream().map(article -> Segmenter.segment(article.text())).toList();
        classifier = RoleClassifier.standard();
    }

    @Benchmark
    public List<Role> classifyArticle() {
        return classifier.classify(pages.get(next++ & (Articles.COUNT - 1)), false, RecurringLines.NONE);
    }
}
