package dev.newsflow.measure.extract;

/**
 * The benchmark's counts: a {@code with} snippet found in the extracted text is a true positive,
 * one not found a false negative; a {@code without} snippet found is a false positive, one not
 * found a true negative.
 */
public record SnippetCounts(int truePositives, int falseNegatives, int falsePositives, int trueNegatives) {

    public static final SnippetCounts ZERO = new SnippetCounts(0, 0, 0, 0);

    public SnippetCounts plus(SnippetCounts other) {
        return new SnippetCounts(truePositives + other.truePositives, falseNegatives + other.falseNegatives,
                falsePositives + other.falsePositives, trueNegatives + other.trueNegatives);
    }

    public int total() {
        return truePositives + falseNegatives + falsePositives + trueNegatives;
    }

    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    public double accuracy() {
        return ratio(truePositives + trueNegatives, total());
    }

    public double f1() {
        return ratio(2.0 * truePositives, 2.0 * truePositives + falsePositives + falseNegatives);
    }

    private static double ratio(double numerator, double denominator) {
        return denominator == 0 ? 0 : numerator / denominator;
    }
}
