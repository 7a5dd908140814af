package dev.newsflow.measure.corpus;

import dev.newsflow.enrich.Sentences;
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

    /**
     * Shares of the paragraphs after the first of each article; the rest is new text. The last four
     * are re-broken copies (issue 16): two earlier paragraphs merged into one, one split into two
     * (a share of splits, each two paragraphs), an earlier paragraph with a sentence added (a formula,
     * an old sentence or a new one, a third each), and new text with one sentence of an earlier
     * paragraph in it.
     */
    public record Mix(double exactCopies, double nearCopies, double similar, double boilerplate,
                      double merged, double split, double sentenceAdded, double sharesSentence) {

        /** Without re-broken copies: as the benchmark and the crash test generate their corpora. */
        public Mix(double exactCopies, double nearCopies, double similar, double boilerplate) {
            this(exactCopies, nearCopies, similar, boilerplate, 0, 0, 0, 0);
        }

        public static Mix dedupEvaluation() {
            return new Mix(0.10, 0.15, 0.10, 0.05, 0.03, 0.02, 0.06, 0.03);
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
    /** Sentences too short to carry news (fewer than {@link Sentences#MIN_WORDS} words), as outlets add them. */
    private static final List<String> FORMULAS = List.of("Das teilte ein Sprecher mit.", "Weitere Details nannte er nicht.",
            "Die Ermittlungen dauern an.", "Das berichtete die Nachrichtenagentur dpa.", "Die Polizei ermittelt.");

    private final Random random;
    private final Mix mix;
    private final int minParagraphs;
    private final int maxParagraphs;
    private final List<String> corpusParagraphs;
    private final GermanText text;
    private final List<Source> sources = new ArrayList<>();
    private final List<Source> longSources = new ArrayList<>();
    /** New text whose sentences are known, each of them long enough to carry news: what re-broken copies are made of. */
    private final List<Source> sentenced = new ArrayList<>();
    private final Map<String, Source> boilerplateFirst = new HashMap<>();
    private int corpusUsed;

    /** A paragraph that copies may be made from; {@code sentences} where the generator made them, else null. */
    private record Source(String articleId, int index, String text, List<String> sentences) {

        Source(String articleId, int index, String text) {
            this(articleId, index, text, null);
        }
    }

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
            for (GeneratedParagraph next : next(id, index)) {
                paragraphs.add(next);
                if (next.truth() == Truth.ORIGINAL || next.truth() == Truth.SIMILAR) {
                    Source source = new Source(id, paragraphs.size() - 1, next.text(), next.sentences());
                    sources.add(source);
                    if (words(next.text()) >= MIN_NEAR_SOURCE_WORDS) {
                        longSources.add(source);
                    }
                    if (source.sentences() != null && source.sentences().stream().allMatch(SyntheticCorpus::counts)) {
                        sentenced.add(source);
                    }
                }
            }
        }
        return new GeneratedArticle(id, ingestedAt, paragraphs);
    }

    /** The next paragraph, or two where a paragraph is split. */
    private List<GeneratedParagraph> next(String articleId, int index) {
        double roll = random.nextDouble();
        if ((roll -= mix.exactCopies()) < 0 && !sources.isEmpty()) {
            Source source = pick(sources);
            return List.of(new GeneratedParagraph(ExactEdits.apply(source.text(), random), Truth.EXACT_COPY,
                    source.articleId(), source.index(), 0));
        }
        if ((roll -= mix.nearCopies()) < 0 && !longSources.isEmpty()) {
            Source source = pick(longSources);
            int edits = 1 + random.nextInt(3);
            return List.of(new GeneratedParagraph(new NearEdits(random, text).apply(source.text(), edits), Truth.NEAR_COPY,
                    source.articleId(), source.index(), edits));
        }
        if ((roll -= mix.similar()) < 0 && !longSources.isEmpty()) {
            Source source = pick(longSources);
            String similar = Template.refill(source.text(), random, PEOPLE, PLACES);
            if (similar != null) {
                return List.of(new GeneratedParagraph(similar, Truth.SIMILAR, source.articleId(), source.index(), 0));
            }
        }
        if ((roll -= mix.boilerplate()) < 0) {
            return List.of(boilerplate(articleId, index));
        }
        // re-broken copies last, so that a mix without them draws the same corpus as before they were made
        if ((roll -= mix.merged()) < 0 && sentenced.size() >= 2) {
            return List.of(merged());
        }
        if ((roll -= mix.split()) < 0 && sentenced.stream().anyMatch(source -> source.sentences().size() >= 2)) {
            return split();
        }
        if ((roll -= mix.sentenceAdded()) < 0 && sentenced.size() >= 2) {
            return List.of(withSentenceAdded());
        }
        if ((roll -= mix.sharesSentence()) < 0 && !sentenced.isEmpty()) {
            return List.of(sharingOneSentence());
        }
        if (corpusUsed < corpusParagraphs.size()) {
            return List.of(GeneratedParagraph.original(corpusParagraphs.get(corpusUsed++)));
        }
        List<String> sentences = text.paragraphSentences();
        return List.of(new GeneratedParagraph(String.join(" ", sentences), Truth.ORIGINAL, null, -1, 0, sentences));
    }

    /** Two earlier paragraphs as one: the one after it in its article where there is one, as agencies' copy is merged. */
    private GeneratedParagraph merged() {
        Source first = pick(sentenced);
        Source second = sentenced.stream()
                .filter(s -> s.articleId().equals(first.articleId()) && s.index() > first.index())
                .findFirst().orElseGet(() -> other(first));
        return new GeneratedParagraph(first.text() + " " + second.text(), Truth.MERGED_COPY,
                first.articleId(), first.index(), 0);
    }

    /** An earlier paragraph of two sentences or more, cut in two between sentences: both halves copies. */
    private List<GeneratedParagraph> split() {
        List<Source> splittable = sentenced.stream().filter(source -> source.sentences().size() >= 2).toList();
        Source source = pick(splittable);
        List<String> sentences = source.sentences();
        int cut = 1 + random.nextInt(sentences.size() - 1);
        return List.of(
                new GeneratedParagraph(String.join(" ", sentences.subList(0, cut)), Truth.SPLIT_COPY,
                        source.articleId(), source.index(), 0),
                new GeneratedParagraph(String.join(" ", sentences.subList(cut, sentences.size())), Truth.SPLIT_COPY,
                        source.articleId(), source.index(), 0));
    }

    /** An earlier paragraph with a sentence added at its end: a formula, one seen before, or a new one. */
    private GeneratedParagraph withSentenceAdded() {
        Source source = pick(sentenced);
        String added;
        Truth truth;
        switch (random.nextInt(3)) {
            case 0 -> {
                added = FORMULAS.get(random.nextInt(FORMULAS.size()));
                truth = Truth.ADDED_FORMULA;
            }
            case 1 -> {
                List<String> elsewhere = other(source).sentences();
                added = elsewhere.get(random.nextInt(elsewhere.size()));
                truth = Truth.ADDED_OLD;
            }
            default -> {
                added = newSentence();
                truth = Truth.ADDED_NEW;
            }
        }
        return new GeneratedParagraph(source.text() + " " + added, truth, source.articleId(), source.index(), 0);
    }

    /** New text with one sentence of an earlier paragraph in it, before or after the new one: news. */
    private GeneratedParagraph sharingOneSentence() {
        Source source = pick(sentenced);
        String shared = source.sentences().get(random.nextInt(source.sentences().size()));
        String fresh = newSentence();
        String paragraph = random.nextBoolean() ? shared + " " + fresh : fresh + " " + shared;
        return new GeneratedParagraph(paragraph, Truth.SHARES_SENTENCE, source.articleId(), source.index(), 0);
    }

    /** A new sentence long enough to carry news. */
    private String newSentence() {
        String sentence = text.sentence();
        while (!counts(sentence)) {
            sentence = text.sentence();
        }
        return sentence;
    }

    /** A source with known sentences other than the one given. */
    private Source other(Source not) {
        Source other;
        do {
            other = pick(sentenced);
        } while (other == not);
        return other;
    }

    private static boolean counts(String sentence) {
        return Sentences.counts(Shingles.words(sentence));
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
