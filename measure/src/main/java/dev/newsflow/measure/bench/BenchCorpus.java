package dev.newsflow.measure.bench;

import dev.newsflow.enrich.EnrichConfig;
import dev.newsflow.measure.corpus.BandCandidates;
import dev.newsflow.measure.corpus.CorpusSources;
import dev.newsflow.measure.corpus.GeneratedArticle;
import dev.newsflow.measure.corpus.GeneratedParagraph;
import dev.newsflow.measure.corpus.SyntheticCorpus;
import dev.newsflow.model.Article;
import dev.newsflow.model.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The articles a benchmark feeds: generated from the replay corpus's paragraphs and text from a
 * word model over real German sentences ({@link SyntheticCorpus}), of news-article length, with a fifth of the paragraphs (after each
 * headline) repeated from earlier articles: half exact copies, half copy-edited near copies. The
 * same seed gives the same articles.
 *
 * @param measured the articles whose throughput is measured
 * @param probes further articles, fed one at a time at half the measured rate, for latency
 */
public record BenchCorpus(List<Article> measured, List<Article> probes, Stats stats) {

    /** Exact and near copies, a tenth each: a fifth of the paragraphs after the headline repeat an earlier one. */
    public static final SyntheticCorpus.Mix MIX = new SyntheticCorpus.Mix(0.10, 0.10, 0, 0);
    /** Generated paragraphs are 1 to 3 sentences of 8 to 24 words: 20 to 44 of them make about 1,000 words. */
    public static final int MIN_PARAGRAPHS = 20;
    public static final int MAX_PARAGRAPHS = 44;

    /**
     * What the measured articles are like.
     *
     * @param bytes the articles as JSON records on {@code newsflow.articles} (uncompressed)
     * @param repeatedShare the share of paragraphs after the headline that copy an earlier one
     * @param bands what the topology's band claims read on these articles
     */
    public record Stats(int articles, double wordsPerArticle, double paragraphsPerArticle, long bytes, double repeatedShare,
                        BandCandidates bands) {

        public double bytesPerArticle() {
            return articles == 0 ? 0 : (double) bytes / articles;
        }
    }

    public static BenchCorpus generate(CorpusSources sources, long seed, int articles, int probes) {
        List<GeneratedArticle> generated = new SyntheticCorpus(sources, seed, MIX,
                MIN_PARAGRAPHS, MAX_PARAGRAPHS).generate(articles + probes);
        List<GeneratedArticle> measured = generated.subList(0, articles);
        List<Article> all = generated.stream().map(GeneratedArticle::toArticle).toList();
        return new BenchCorpus(all.subList(0, articles), all.subList(articles, all.size()), stats(measured, all));
    }

    private static Stats stats(List<GeneratedArticle> measured, List<Article> articles) {
        long words = 0;
        long paragraphs = 0;
        long afterHeadline = 0;
        long repeated = 0;
        long bytes = 0;
        for (int a = 0; a < measured.size(); a++) {
            List<GeneratedParagraph> ps = measured.get(a).paragraphs();
            paragraphs += ps.size();
            afterHeadline += ps.size() - 1;
            for (GeneratedParagraph p : ps) {
                words += p.text().split("\\s+").length;
                repeated += p.truth().isCopy() ? 1 : 0;
            }
            bytes += Topics.ARTICLES.valueSerde().serializer().serialize(Topics.ARTICLES.name(), articles.get(a)).length;
        }
        int n = measured.size();
        EnrichConfig defaults = EnrichConfig.defaults();
        BandCandidates bands = BandCandidates.of(articles.subList(0, n), defaults.nearCopy(), defaults.bucketSize());
        return new Stats(n, n == 0 ? 0 : (double) words / n, n == 0 ? 0 : (double) paragraphs / n, bytes,
                afterHeadline == 0 ? 0 : (double) repeated / afterHeadline, bands);
    }

    /** The measured articles as .txt files (the headline is the first line), for feeding 'run'. */
    public void writeTextFiles(Path dir) {
        try {
            Files.createDirectories(dir);
            for (Article article : measured) {
                Files.writeString(dir.resolve(article.id() + ".txt"), article.text());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the benchmark corpus to " + dir + ": " + e.getMessage(), e);
        }
    }
}
