package dev.newsflow.enrich.entities.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Precision, recall and F1 per class and overall, on exact span matches (same tokens, same
 * class). Spans of classes outside the scored set count on neither side: in the coarse view a
 * -deriv or -part span is not an OTH or LOC span, so predicting LOC on a LOCderiv span is a
 * false positive and the LOCderiv span itself is not owed.
 */
public final class ClassScores {

    /** Counts and figures of one class, or of all together. */
    public record Score(int gold, int found, int correct) {

        public double precision() {
            return found == 0 ? 0 : (double) correct / found;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final List<String> classes;
    private final Map<String, int[]> counts = new LinkedHashMap<>();

    public ClassScores(List<String> classes) {
        this.classes = List.copyOf(classes);
        classes.forEach(c -> counts.put(c, new int[3]));
    }

    /** Adds one sentence's gold and predicted spans. */
    public void add(List<GoldSpan> gold, List<GoldSpan> predicted) {
        for (GoldSpan span : gold) {
            count(span.label(), 0);
        }
        for (GoldSpan span : predicted) {
            count(span.label(), 1);
            if (gold.contains(span)) {
                count(span.label(), 2);
            }
        }
    }

    private void count(String label, int what) {
        int[] c = counts.get(label);
        if (c != null) {
            c[what]++;
        }
    }

    public List<String> classes() {
        return classes;
    }

    public Score of(String label) {
        int[] c = counts.get(label);
        return new Score(c[0], c[1], c[2]);
    }

    public Score overall() {
        int gold = 0;
        int found = 0;
        int correct = 0;
        for (int[] c : counts.values()) {
            gold += c[0];
            found += c[1];
            correct += c[2];
        }
        return new Score(gold, found, correct);
    }
}
