package dev.newsflow.enrich.roles;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The weights of the classifier's two logistic regressions: one on a line's own features, whose
 * score every line gets first, and one on those features and the line's context (its neighbours'
 * scores among them), which says whether the line is news. Read from a small text file, one
 * weight a line ({@code own NAME WEIGHT}, {@code context NAME WEIGHT}, {@code threshold P});
 * made by {@code newsflow eval roles --train}, bundled as {@value #BUNDLED}.
 */
public final class RoleModel {

    public static final String BUNDLED = "role-model.tsv";

    private static final class Bundled {
        static final RoleModel INSTANCE = load();
    }

    private final double[] own;
    private final double[] context;
    private final double[] refine;
    private final double threshold;

    RoleModel(double[] own, double[] context, double[] refine, double threshold) {
        if (own.length != ownFeatureNames().size() || context.length != contextFeatureNames().size()
                || (refine != null && refine.length != contextFeatureNames().size())) {
            throw new IllegalArgumentException("a model needs " + ownFeatureNames().size() + " own and "
                    + contextFeatureNames().size() + " context weights, not " + own.length + " and " + context.length);
        }
        this.own = own.clone();
        this.context = context.clone();
        this.refine = refine == null ? null : refine.clone();
        this.threshold = threshold;
    }

    /** A model from its weights, in the order of {@link #ownFeatureNames()} and {@link #contextFeatureNames()}. */
    public static RoleModel of(double[] own, double[] context, double threshold) {
        return new RoleModel(own, context, null, threshold);
    }

    /**
     * A model whose context stage runs twice: the second time ({@code refine}) on the context as the
     * first one scored it.
     */
    public static RoleModel of(double[] own, double[] context, double[] refine, double threshold) {
        return new RoleModel(own, context, refine, threshold);
    }

    /** Whether the context stage runs a second time. */
    boolean refines() {
        return refine != null;
    }

    /** The logit of the first context stage. */
    double contextScore(double[] features) {
        return dot(context, features);
    }

    /** The probability that a line is news, from the second context stage. */
    double refinedProbability(double[] features) {
        return 1 / (1 + Math.exp(-dot(refine, features)));
    }

    /** The model that comes with newsflow, read once. */
    public static RoleModel bundled() {
        return Bundled.INSTANCE;
    }

    public static List<String> ownFeatureNames() {
        return RoleFeatures.ownNames();
    }

    public static List<String> contextFeatureNames() {
        return RoleFeatures.contextNames();
    }

    /** A line's own score: the logit of its being news, from its own features. */
    double ownScore(double[] features) {
        return dot(own, features);
    }

    /** The probability that a line is news, from its own features and its context. */
    double newsProbability(double[] features) {
        return 1 / (1 + Math.exp(-dot(context, features)));
    }

    /** From this probability on, a line is news. */
    public double threshold() {
        return threshold;
    }

    public RoleModel withThreshold(double p) {
        return new RoleModel(own, context, refine, p);
    }

    public double[] ownWeights() {
        return own.clone();
    }

    public double[] contextWeights() {
        return context.clone();
    }

    /** The weights of the second context stage, or null. */
    public double[] refineWeights() {
        return refine == null ? null : refine.clone();
    }

    /** The model as the text file {@link #parse} reads. */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append("# newsflow role model: logistic regression weights, made by `newsflow eval roles --train`\n");
        out.append(String.format(Locale.ROOT, "threshold\t%.4f%n", threshold));
        List<String> ownNames = ownFeatureNames();
        for (int k = 0; k < own.length; k++) {
            out.append(String.format(Locale.ROOT, "own\t%s\t%.6f%n", ownNames.get(k), own[k]));
        }
        List<String> contextNames = contextFeatureNames();
        for (int k = 0; k < context.length; k++) {
            out.append(String.format(Locale.ROOT, "context\t%s\t%.6f%n", contextNames.get(k), context[k]));
        }
        for (int k = 0; refine != null && k < refine.length; k++) {
            out.append(String.format(Locale.ROOT, "refine\t%s\t%.6f%n", contextNames.get(k), refine[k]));
        }
        return out.toString();
    }

    /** Reads a model; every feature must have its weight, and no other name may appear. */
    public static RoleModel parse(List<String> lines) {
        Map<String, Double> own = new LinkedHashMap<>();
        Map<String, Double> context = new LinkedHashMap<>();
        Map<String, Double> refine = new LinkedHashMap<>();
        double threshold = Double.NaN;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            switch (fields[0]) {
                case "threshold" -> threshold = Double.parseDouble(fields[1]);
                case "own" -> own.put(fields[1], Double.parseDouble(fields[2]));
                case "context" -> context.put(fields[1], Double.parseDouble(fields[2]));
                case "refine" -> refine.put(fields[1], Double.parseDouble(fields[2]));
                default -> throw new IllegalArgumentException("unknown line in the role model: " + line);
            }
        }
        if (Double.isNaN(threshold)) {
            throw new IllegalArgumentException("the role model has no threshold");
        }
        return new RoleModel(weights(own, ownFeatureNames(), "own"), weights(context, contextFeatureNames(), "context"),
                refine.isEmpty() ? null : weights(refine, contextFeatureNames(), "refine"), threshold);
    }

    private static double[] weights(Map<String, Double> given, List<String> names, String kind) {
        if (!given.keySet().equals(new HashSet<>(names))) {
            List<String> missing = new ArrayList<>(names);
            missing.removeAll(given.keySet());
            List<String> unknown = new ArrayList<>(given.keySet());
            unknown.removeAll(names);
            throw new IllegalArgumentException("the role model's " + kind + " weights do not fit the features (missing "
                    + missing + ", unknown " + unknown + "): train it again with `newsflow eval roles --train`");
        }
        double[] w = new double[names.size()];
        for (int k = 0; k < w.length; k++) {
            w[k] = given.get(names.get(k));
        }
        return w;
    }

    private static RoleModel load() {
        try (InputStream in = RoleModel.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the role model " + BUNDLED + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the role model " + BUNDLED, e);
        }
    }

    private static double dot(double[] w, double[] x) {
        double sum = 0;
        for (int k = 0; k < w.length; k++) {
            sum += w[k] * x[k];
        }
        return sum;
    }
}
