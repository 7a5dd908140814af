package dev.newsflow.measure.bench;

import dev.newsflow.enrich.entities.CoreNlpRecogniser;
import dev.newsflow.enrich.entities.EntityTagger;
import dev.newsflow.enrich.entities.Recogniser;
import dev.newsflow.enrich.entities.Sentence;
import dev.newsflow.enrich.roles.Role;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Paragraph;
import dev.newsflow.model.Progress;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;

/**
 * Tagging outside Kafka, on the texts the topology tags: the kept paragraphs of each article as
 * dedup leaves them that are news (the tagger skips the others). The same number of threads as stream threads, sharing one model, as the
 * stream threads do.
 */
public final class BenchTagging {

    private final List<EnrichedArticle> articles;
    private final int threads;
    private final BenchMemory memory;
    private final PrintWriter err;

    public BenchTagging(List<EnrichedArticle> articles, int threads, BenchMemory memory, PrintWriter err) {
        this.articles = articles;
        this.threads = threads;
        this.memory = memory;
        this.err = err;
    }

    /** What one stage tagged: articles, recogniser tokens, and how long it took. */
    public record Tagged(int articles, long tokens, double seconds, BenchStage.CpuTime cpu) {

        public double tokensPerArticle() {
            return articles == 0 ? 0 : (double) tokens / articles;
        }
    }

    /** The statistical model alone: tokenise, split sentences, label; no rules, no linking. */
    public Tagged recogniserAlone() throws Exception {
        Recogniser recogniser = CoreNlpRecogniser.shared();
        return each("recogniser alone", articles, article -> {
            long tokens = 0;
            for (List<Sentence> paragraph : recogniser.label(texts(article))) {
                for (Sentence sentence : paragraph) {
                    tokens += sentence.size();
                }
            }
            return tokens;
        });
    }

    /** The tagger as the topology calls it: the model, the rules that correct it, and the linker. */
    public Tagged taggerAlone(EntityTagger tagger) throws Exception {
        return each("tagger alone", articles, article -> {
            tagger.tag(article);
            return 0;
        });
    }

    /**
     * Runs some of the articles through the model and the tagger on as many threads, unmeasured, so
     * that the measured stages do not pay for the JIT's first steps (CoreNLP takes a while to warm).
     */
    public void warmUp(EntityTagger tagger) throws Exception {
        List<EnrichedArticle> some = articles.subList(0, Math.min(articles.size(), Math.max(20, Math.min(200, articles.size() / 5))));
        Recogniser recogniser = CoreNlpRecogniser.shared();
        each("warm-up", some, article -> {
            recogniser.label(texts(article));
            tagger.tag(article);
            return 0;
        });
    }

    public static BenchStage stage(String key, String name, Tagged tagged, double bytesPerArticle, double tokensPerArticle,
                            BenchMemory memory, double retainedStart, int threads) {
        double rate = tagged.articles() / tagged.seconds();
        return new BenchStage(key, name, tagged.articles(), tagged.seconds(), rate, bytesPerArticle * rate / BenchStage.MB,
                BenchStage.cpuMsPerArticle(tagged.cpu(), tagged.articles()),
                BenchStage.jitMsPerArticle(tagged.cpu(), tagged.articles()), tokensPerArticle * rate, null, null, null, null, BenchStage.mb(memory.peakHeap()),
                BenchStage.mb(memory.peakResident()), retainedStart, BenchStage.mb(memory.retainedHeap()), null, null, null, null,
                threads + " thread" + (threads == 1 ? "" : "s") + ", one shared model, outside Kafka");
    }

    private Tagged each(String name, List<EnrichedArticle> articles, ToLongFunction<EnrichedArticle> work) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicLong tokens = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Progress progress = Progress.on(err, () -> new Progress.Status(name, Math.min(next.get(), articles.size()),
                articles.size(), "articles"));
        memory.resetPeaks();
        long start = System.nanoTime();
        BenchStage.CpuTime cpuStart = BenchStage.CpuTime.now();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
                        tokens.addAndGet(work.applyAsLong(articles.get(i)));
                    }
                }));
            }
            for (Future<?> worker : workers) {
                while (!worker.isDone()) {
                    progress.tick();
                    Thread.sleep(20);
                }
                worker.get();
            }
        } finally {
            pool.shutdownNow();
            progress.clear();
        }
        return new Tagged(articles.size(), tokens.get(), (System.nanoTime() - start) / 1e9,
                BenchStage.CpuTime.since(cpuStart));
    }

    private static List<String> texts(EnrichedArticle article) {
        return article.paragraphs().stream()
                .filter(p -> Role.isNews(p.role()))
                .map(Paragraph::text).toList();
    }
}
