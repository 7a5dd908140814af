package dev.newsflow.microbench;

import dev.newsflow.enrich.EnrichListener;
import dev.newsflow.enrich.Fingerprinter;
import dev.newsflow.enrich.Segmenter;
import dev.newsflow.enrich.entities.EntityTypes;
import dev.newsflow.metrics.ServiceMetrics;
import dev.newsflow.model.Article;
import dev.newsflow.model.Duplicate;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Mention;
import dev.newsflow.model.Paragraph;
import dev.newsflow.model.ParagraphRef;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What counting an enriched record for the metrics costs the stream thread (the enrich topology's
 * last peek): one operation is one article of the generated corpus, about 32 paragraphs, a tenth
 * of them dropped, four mentions per kept paragraph (the corpus has 636 in 158), counted into the
 * Prometheus registry as {@code --metrics-port} does. On one thread, and on two at once (the
 * default number of stream threads on 2 cores), for what they cost each other.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MetricsBenchmark {

    private static final String[] TYPES = {EntityTypes.PER, EntityTypes.LOC, EntityTypes.ORG, EntityTypes.MISC};

    private ServiceMetrics metrics;
    private EnrichListener counted;
    private final List<EnrichedArticle> articles = new ArrayList<>();

    @Setup
    public void start() throws IOException {
        metrics = ServiceMetrics.serve(new InetSocketAddress("127.0.0.1", 0));
        counted = metrics.enrichListener();
        for (Article article : Articles.generate()) {
            articles.add(enriched(article));
        }
    }

    @TearDown
    public void stop() {
        metrics.close();
    }

    /** Thread-confined position in the articles. */
    @State(Scope.Thread)
    public static class Position {
        int next;
    }

    @Benchmark
    public void countEnrichedArticle(Position position) {
        counted.enriched(next(position));
    }

    @Benchmark
    @Threads(2)
    public void countEnrichedArticleOnTwoThreads(Position position) {
        counted.enriched(next(position));
    }

    private EnrichedArticle next(Position position) {
        position.next = position.next + 1 == articles.size() ? 0 : position.next + 1;
        return articles.get(position.next);
    }

    /** The article as enrich might emit it: every tenth paragraph dropped, exact and near in turn, the rest tagged. */
    private static EnrichedArticle enriched(Article article) {
        List<Paragraph> kept = new ArrayList<>();
        List<Duplicate> dropped = new ArrayList<>();
        List<String> paragraphs = Segmenter.segment(article.text());
        for (int i = 0; i < paragraphs.size(); i++) {
            String text = paragraphs.get(i);
            String fingerprint = Fingerprinter.fingerprint(text);
            if (i % 10 == 9) {
                dropped.add(new Duplicate(i, fingerprint, i % 20 == 9 ? Duplicate.EXACT : Duplicate.NEAR, null,
                        new ParagraphRef("earlier", 0), "body"));
                continue;
            }
            List<Mention> mentions = new ArrayList<>();
            for (int m = 0; m < 4; m++) {
                mentions.add(new Mention("Name", 0, 4, TYPES[(i + m) % TYPES.length], "name", false));
            }
            kept.add(new Paragraph(i, text, fingerprint, mentions, "body"));
        }
        return new EnrichedArticle(EnrichedArticle.SCHEMA, article.id(), article.source(), article.title(), null,
                Instant.now(), kept, dropped, List.of());
    }
}
