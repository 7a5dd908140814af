package dev.newsflow.measure.roles;

/**
 * The benchmark's metric, summed over pages: a {@code with} snippet found in the kept text is a
 * true positive, one not found a false negative; a {@code without} snippet found is a false
 * positive, one not found a true negative. White space is collapsed in text and snippets alike.
 * Besides, the recall of the {@code with} snippets that lie in a paragraph longer than
 * {@value #LONG_LINE} characters: long lines are the article's prose, and losing one loses news.
 */
public final class SnippetScore {

    public static final int LONG_LINE = 100;

    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+", java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    int truePositives;
    int falseNegatives;
    int falsePositives;
    int trueNegatives;
    int longFound;
    int longMissed;
    int pages;

    void add(SnippetScore other) {
        truePositives += other.truePositives;
        falseNegatives += other.falseNegatives;
        falsePositives += other.falsePositives;
        trueNegatives += other.trueNegatives;
        longFound += other.longFound;
        longMissed += other.longMissed;
        pages += other.pages;
    }

    public int pages() {
        return pages;
    }

    public int truePositives() {
        return truePositives;
    }

    public int falseNegatives() {
        return falseNegatives;
    }

    public int falsePositives() {
        return falsePositives;
    }

    public int trueNegatives() {
        return trueNegatives;
    }

    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    public double accuracy() {
        return ratio(truePositives + trueNegatives, truePositives + trueNegatives + falsePositives + falseNegatives);
    }

    public double f1() {
        return ratio(2.0 * truePositives, 2.0 * truePositives + falsePositives + falseNegatives);
    }

    /** Recall of the {@code with} snippets found in the page's paragraphs longer than {@value #LONG_LINE} characters. */
    public double longLineRecall() {
        return ratio(longFound, longFound + longMissed);
    }

    public int longLineSnippets() {
        return longFound + longMissed;
    }

    /** White space runs to one space, trimmed: how text and snippets are compared. */
    static String collapse(String text) {
        return WHITE_SPACE.matcher(text).replaceAll(" ").strip();
    }

    private static double ratio(double a, double b) {
        return b == 0 ? Double.NaN : a / b;
    }
}
