package dev.newsflow.measure.roles;

import dev.newsflow.measure.extract.SnippetCounts;
import dev.newsflow.measure.extract.SnippetMatcher;

/**
 * The benchmark's metric ({@link SnippetCounts}, snippets matched by {@link SnippetMatcher}),
 * summed over pages. Besides, the recall of the {@code with} snippets that lie in a paragraph
 * longer than {@value #LONG_LINE} characters: long lines are the article's prose, and losing one
 * loses news. A figure with nothing to count (a part without pages) is NaN, not 0.
 */
public final class SnippetScore {

    public static final int LONG_LINE = 100;

    private SnippetCounts counts = SnippetCounts.ZERO;
    private int longFound;
    private int longMissed;
    private int pages;

    SnippetScore() {
    }

    /** One page's score: its counts, and how many of its snippets in long lines were found and missed. */
    SnippetScore(SnippetCounts counts, int longFound, int longMissed) {
        this.counts = counts;
        this.longFound = longFound;
        this.longMissed = longMissed;
        this.pages = 1;
    }

    void add(SnippetScore other) {
        counts = counts.plus(other.counts);
        longFound += other.longFound;
        longMissed += other.longMissed;
        pages += other.pages;
    }

    public int pages() {
        return pages;
    }

    public int truePositives() {
        return counts.truePositives();
    }

    public int falseNegatives() {
        return counts.falseNegatives();
    }

    public int falsePositives() {
        return counts.falsePositives();
    }

    public int trueNegatives() {
        return counts.trueNegatives();
    }

    public double precision() {
        return defined(truePositives() + falsePositives(), counts.precision());
    }

    public double recall() {
        return defined(truePositives() + falseNegatives(), counts.recall());
    }

    public double accuracy() {
        return defined(counts.total(), counts.accuracy());
    }

    public double f1() {
        return defined(2 * truePositives() + falsePositives() + falseNegatives(), counts.f1());
    }

    /** Recall of the {@code with} snippets found in the page's paragraphs longer than {@value #LONG_LINE} characters. */
    public double longLineRecall() {
        return longFound + longMissed == 0 ? Double.NaN : (double) longFound / (longFound + longMissed);
    }

    public int longLineSnippets() {
        return longFound + longMissed;
    }

    private static double defined(int denominator, double value) {
        return denominator == 0 ? Double.NaN : value;
    }
}
