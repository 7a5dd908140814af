package dev.newsflow.measure.corpus;

import dev.newsflow.enrich.near.Shingles;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates German news articles with known repeats, for measuring dedup and for
 * benchmarks: new paragraphs (from the replay corpus, then text from a word model over real
 * German sentences, {@link GermanText}), exact copies (changed only in what normalisation removes), near copies (copy-edited:
 * respelt names, an added credit, words swapped, deleted or changed) and similar paragraphs
 * (the template of an earlier one with other names and numbers, which must be kept). Articles
 * are ingested one second apart, so every copy comes after what it copies. The same seed gives
 * the same corpus.
 */
public final class SyntheticCorpus {

    /** Shares of the paragraphs after the first of each article; the rest is new text. */
    public record Mix(double exactCopies, double nearCopies, double similar, double boilerplate) {

        public static Mix dedupEvaluation() {
            return new Mix(0.10, 0.15, 0.10, 0.05);
        }
    }

    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final List<String> BOILERPLATE =
            List.of("Mehr zum Thema", "Lesezeit 4 Minuten", "Kommentare", "Artikel teilen", "Zum Kommentar");
    private static final List<String> PEOPLE =
            List.of("Putin", "Selenskyj", "Trump", "Lawrow", "Rutte", "Scholz", "Macron", "Biden", "Kim", "Yoon");
    private static final List<String> PLACES =
            List.of("Moskau", "Kiew", "Pjöngjang", "Seoul", "Washington", "Peking", "Berlin", "Paris", "London", "Kursk");
    private static final int MIN_NEAR_SOURCE_WORDS = 12;

    private final Random random;
    private final Mix mix;
    private final int minParagraphs;
    private final int maxParagraphs;
    private final List<String> corpusParagraphs;
    private final GermanText text;
    private final List<Source> sources = new ArrayList<>();
    private final List<Source> longSources = new ArrayList<>();
    private final Map<String, Source> boilerplateFirst = new HashMap<>();
    private int corpusUsed;

    /** A paragraph that copies may be made from. */
    private record Source(String articleId, int index, String text) {}

    public SyntheticCorpus(CorpusSources sources, long seed, Mix mix, int minParagraphs, int maxParagraphs) {
        this.random = new Random(seed);
        this.mix = mix;
        this.minParagraphs = minParagraphs;
        this.maxParagraphs = maxParagraphs;
        this.corpusParagraphs = distinct(sources.paragraphs().stream().filter(p -> words(p) >= MIN_NEAR_SOURCE_WORDS).toList());
        this.text = new GermanText(sources.sentences(), random);
    }

    public List<GeneratedArticle> generate(int articles) {
        List<GeneratedArticle> generated = new ArrayList<>(articles);
        for (int a = 0; a < articles; a++) {
            generated.add(article(String.format("gen-%06d", a), START.plus(Duration.ofSeconds(a))));
        }
        return generated;
    }

    private GeneratedArticle article(String id, Instant ingestedAt) {
        int count = minParagraphs + random.nextInt(maxParagraphs - minParagraphs + 1);
        List<GeneratedParagraph> paragraphs = new ArrayList<>(count);
        paragraphs.add(GeneratedParagraph.original(text.headline()));
        while (paragraphs.size() < count) {
            int index = paragraphs.size();
            GeneratedParagraph next = next(id, index);
            paragraphs.add(next);
            if (next.truth() == Truth.ORIGINAL || next.truth() == Truth.SIMILAR) {
                Source source = new Source(id, index, next.text());
                sources.add(source);
                if (words(next.text()) >= MIN_NEAR_SOURCE_WORDS) {
                    longSources.add(source);
                }
            }
        }
        return new GeneratedArticle(id, ingestedAt, paragraphs);
    }

    private GeneratedParagraph next(String articleId, int index) {
        double roll = random.nextDouble();
        if ((roll -= mix.exactCopies()) < 0 && !sources.isEmpty()) {
            Source source = pick(sources);
            return new GeneratedParagraph(ExactEdits.apply(source.text(), random), Truth.EXACT_COPY,
                    source.articleId(), source.index(), 0);
        }
        if ((roll -= mix.nearCopies()) < 0 && !longSources.isEmpty()) {
            Source source = pick(longSources);
            int edits = 1 + random.nextInt(3);
            return new GeneratedParagraph(new NearEdits(random, text).apply(source.text(), edits), Truth.NEAR_COPY,
                    source.articleId(), source.index(), edits);
        }
        if ((roll -= mix.similar()) < 0 && !longSources.isEmpty()) {
            Source source = pick(longSources);
            String similar = Template.refill(source.text(), random, PEOPLE, PLACES);
            if (similar != null) {
                return new GeneratedParagraph(similar, Truth.SIMILAR, source.articleId(), source.index(), 0);
            }
        }
        if ((roll -= mix.boilerplate()) < 0) {
            return boilerplate(articleId, index);
        }
        return GeneratedParagraph.original(corpusUsed < corpusParagraphs.size()
                ? corpusParagraphs.get(corpusUsed++) : text.paragraph());
    }

    private GeneratedParagraph boilerplate(String articleId, int index) {
        String line = BOILERPLATE.get(random.nextInt(BOILERPLATE.size()));
        Source first = boilerplateFirst.putIfAbsent(line, new Source(articleId, index, line));
        return first == null ? GeneratedParagraph.original(line)
                : new GeneratedParagraph(line, Truth.EXACT_COPY, first.articleId(), first.index(), 0);
    }

    private Source pick(List<Source> from) {
        return from.get(random.nextInt(from.size()));
    }

    /**
     * The paragraphs that are not copies of one before them: the corpus has its own near copies
     * (a caption repeated with a credit), which would be wrong as new text. Generous on purpose:
     * half the words in common is enough to leave one out.
     */
    private static List<String> distinct(List<String> paragraphs) {
        List<String> distinct = new ArrayList<>();
        List<Shingles> kept = new ArrayList<>();
        for (String paragraph : paragraphs) {
            Shingles words = Shingles.of(paragraph);
            if (kept.stream().allMatch(other -> other.jaccard(words) < 0.5)) {
                distinct.add(paragraph);
                kept.add(words);
            }
        }
        return distinct;
    }

    static int words(String paragraph) {
        return paragraph.split(" ").length;
    }
}
