package dev.newsflow.microbench;

import dev.newsflow.enrich.Fingerprinter;
import dev.newsflow.enrich.entities.ArticleTagger;
import dev.newsflow.enrich.entities.CoreNlpRecogniser;
import dev.newsflow.enrich.entities.EntityTagger;
import dev.newsflow.enrich.entities.KnowledgeBase;
import dev.newsflow.enrich.entities.Linker;
import dev.newsflow.enrich.entities.Recogniser;
import dev.newsflow.enrich.entities.Sentence;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Paragraph;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * Tagging 1,000 tokens (as the recogniser counts them; words and punctuation): the model alone,
 * and the whole tagger as the topology calls it (model, rules, linker). Each operation tags one
 * article made of generated paragraphs that together have 1,000 tokens or just over (the mean
 * is printed at setup), so that 1 / time per operation is thousands of tokens per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class TaggerBenchmark {

    static final int TOKENS = 1_000;

    private Recogniser recogniser;
    private EntityTagger tagger;
    private final List<EnrichedArticle> chunks = new ArrayList<>();
    private int next;

    @Setup
    public void load() {
        recogniser = CoreNlpRecogniser.shared();
        // built as the enrich service builds it (cli EnrichOptions.tagger()), without user knowledge bases
        tagger = new ArticleTagger(recogniser, new Linker(KnowledgeBase.load(List.of())));
        List<Paragraph> current = new ArrayList<>();
        long tokens = 0;
        long total = 0;
        for (String text : Articles.paragraphs(Articles.generate())) {
            current.add(new Paragraph(current.size(), text, Fingerprinter.fingerprint(text), List.of(), "body"));
            tokens += count(recogniser.label(List.of(text)));
            if (tokens >= TOKENS) {
                chunks.add(new EnrichedArticle(EnrichedArticle.SCHEMA, "chunk-" + chunks.size(), "bench", null, null,
                        Instant.EPOCH, List.copyOf(current), List.of(), List.of()));
                total += tokens;
                current.clear();
                tokens = 0;
            }
        }
        System.out.printf(Locale.ROOT, "%n%d articles of %.0f tokens on average%n", chunks.size(), (double) total / chunks.size());
    }

    private static long count(List<List<Sentence>> paragraphs) {
        return paragraphs.stream().flatMap(List::stream).mapToLong(Sentence::size).sum();
    }

    private EnrichedArticle chunk() {
        next = next + 1 == chunks.size() ? 0 : next + 1;
        return chunks.get(next);
    }

    @Benchmark
    public List<List<Sentence>> recogniserPer1000Tokens() {
        return recogniser.label(chunk().paragraphs().stream().map(Paragraph::text).toList());
    }

    @Benchmark
    public EnrichedArticle taggerPer1000Tokens() {
        return tagger.tag(chunk());
    }
}
