package dev.newsflow.microbench;

import dev.newsflow.enrich.Segmenter;
import dev.newsflow.measure.corpus.CorpusSources;
import dev.newsflow.measure.corpus.GeneratedArticle;
import dev.newsflow.measure.corpus.SyntheticCorpus;
import dev.newsflow.model.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The articles the microbenchmarks work on: generated as {@code newsflow bench} generates them
 * (about 1,000 words in 20 to 44 paragraphs, a tenth exact and a tenth near copies), from the
 * replay corpus in {@code corpus/} (or the folder named by {@code -Dnewsflow.corpus=DIR}) and the
 * GermEval 2014 sentences in {@code eval/germeval2014/} beside it.
 */
final class Articles {

    static final int COUNT = 64;

    private Articles() {}

    static List<Article> generate() {
        List<GeneratedArticle> generated = new SyntheticCorpus(CorpusSources.read(corpusDir()), 1,
                new SyntheticCorpus.Mix(0.10, 0.10, 0, 0), 20, 44).generate(COUNT);
        return generated.stream().map(GeneratedArticle::toArticle).toList();
    }

    /** Every paragraph of the articles, as the topology segments them. */
    static List<String> paragraphs(List<Article> articles) {
        return articles.stream().flatMap(a -> Segmenter.segment(a.text()).stream()).toList();
    }

    private static Path corpusDir() {
        String named = System.getProperty("newsflow.corpus");
        if (named != null) {
            return Path.of(named);
        }
        for (Path candidate : List.of(Path.of("corpus"), Path.of("../corpus"))) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no corpus/ here: run from the project root or pass -Dnewsflow.corpus=DIR");
    }
}
