package dev.newsflow.measure.roles;

import dev.newsflow.enrich.roles.RoleClassifier;
import dev.newsflow.enrich.roles.RoleModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains the classifier's two logistic regressions on the labelled lines of the given pages (a
 * paragraph holding a {@code with} snippet is news, one holding a {@code without} snippet is not,
 * weighted by the number of snippets), then picks the threshold with the best F1 on those pages.
 * First the weights of a line's own features; then, with every line scored by those, the weights
 * of its own and context features.
 */
public final class RoleTrainer {

    /** The L2 penalty: enough to keep rare patterns from getting huge weights from a handful of lines. */
    public static final double L2 = 2.0;

    private static final double[] THRESHOLDS = {0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7};

    /**
     * @param newsLines labelled lines that are news
     * @param otherLines labelled lines that are not
     * @param conflicting lines holding snippets of both kinds, left out
     */
    public record Trained(RoleModel model, int newsLines, int otherLines, int conflicting, double trainingF1) {}

    private RoleTrainer() {}

    public static Trained train(List<LabelledPage> pages, SiteRecurringLines recurring) {
        int ownSize = RoleModel.ownFeatureNames().size();
        int contextSize = RoleModel.contextFeatureNames().size();
        RoleClassifier blank = new RoleClassifier(RoleModel.of(new double[ownSize], new double[contextSize], 0.5));
        List<LogisticRegression.Row> ownRows = new ArrayList<>();
        int news = 0;
        int other = 0;
        int conflicting = 0;
        for (LabelledPage page : pages) {
            RoleClassifier.Scored scored = blank.score(page.paragraphs(), page.text().hasOwnTitle(), recurring.of(page.page().site()));
            for (int i = 0; i < page.paragraphs().size(); i++) {
                int label = page.label(i);
                if (label == LabelledPage.UNKNOWN) {
                    conflicting += page.weight(i) == 0 && holdsBoth(page, i) ? 1 : 0;
                    continue;
                }
                ownRows.add(new LogisticRegression.Row(scored.ownFeatures()[i], label, page.weight(i)));
                if (label == LabelledPage.NEWS) {
                    news++;
                } else {
                    other++;
                }
            }
        }
        double[] own = LogisticRegression.fit(ownRows, L2);

        RoleClassifier firstStage = new RoleClassifier(RoleModel.of(own, new double[contextSize], 0.5));
        List<LogisticRegression.Row> contextRows = new ArrayList<>();
        for (LabelledPage page : pages) {
            RoleClassifier.Scored scored = firstStage.score(page.paragraphs(), page.text().hasOwnTitle(), recurring.of(page.page().site()));
            for (int i = 0; i < page.paragraphs().size(); i++) {
                if (page.label(i) != LabelledPage.UNKNOWN) {
                    contextRows.add(new LogisticRegression.Row(scored.contextFeatures()[i], page.label(i), page.weight(i)));
                }
            }
        }
        double[] context = LogisticRegression.fit(contextRows, L2);

        RoleModel best = null;
        double bestF1 = -1;
        for (double threshold : THRESHOLDS) {
            RoleModel model = RoleModel.of(own, context, threshold);
            double f1 = RolesEvaluation.run(pages, new RoleClassifier(model), recurring, null).all().f1();
            if (f1 > bestF1 + 1e-9) {
                bestF1 = f1;
                best = model;
            }
        }
        return new Trained(best, news, other, conflicting, bestF1);
    }

    private static boolean holdsBoth(LabelledPage page, int i) {
        boolean with = page.page().with().stream().anyMatch(s -> page.holding(s).contains(i));
        boolean without = page.page().without().stream().anyMatch(s -> page.holding(s).contains(i));
        return with && without;
    }
}
