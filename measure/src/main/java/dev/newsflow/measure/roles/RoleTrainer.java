package dev.newsflow.measure.roles;

import dev.newsflow.enrich.roles.RoleClassifier;
import dev.newsflow.enrich.roles.RoleModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains the classifier's two logistic regressions on the labelled lines of the given pages (a
 * paragraph holding a {@code with} snippet is news, one holding a {@code without} snippet is not,
 * weighted by the number of snippets), then picks the threshold with the best F1 on those pages.
 * Each page counts twice, once as if it had come with its own title ({@link #OWN_TITLE_WEIGHT}).
 * First the weights of a line's own features; then, with every line scored by those, the weights
 * of its own and context features; then, with every line scored by the context stage, the weights
 * of the same features once more (the context stage run a second time sees its neighbours'
 * judgements, not only their own scores).
 */
public final class RoleTrainer {

    /** The L2 penalty: enough to keep rare patterns from getting huge weights from a handful of lines. */
    public static final double L2 = 2.0;

    /**
     * Each page is learnt twice: as plain text, whose headline the classifier looks for, and (at this
     * weight) as if it had come with its own title, as JSON and HTML articles do, so that the model
     * does not lean on a headline that such articles do not have in their text.
     */
    static final double OWN_TITLE_WEIGHT = 0.5;

    private static final double[] THRESHOLDS = {0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7};

    /**
     * @param newsLines labelled lines that are news
     * @param otherLines labelled lines that are not
     * @param conflicting lines holding snippets of both kinds, left out
     */
    public record Trained(RoleModel model, int newsLines, int otherLines, int conflicting, double trainingF1) {}

    private RoleTrainer() {}

    public static Trained train(List<LabelledPage> pages, SiteRecurringLines recurring) {
        return train(pages, recurring, L2);
    }

    /**
     * The pooled score of {@code folds}-fold cross-validation on these pages: each fold classified by
     * a model trained on the others. How hyperparameters are chosen without looking at the held-out part.
     */
    public static SnippetScore crossValidate(List<LabelledPage> pages, SiteRecurringLines recurring, int folds, double l2) {
        SnippetScore pooled = new SnippetScore();
        for (int fold = 0; fold < folds; fold++) {
            List<LabelledPage> training = new ArrayList<>();
            List<LabelledPage> testing = new ArrayList<>();
            for (int k = 0; k < pages.size(); k++) {
                (k % folds == fold ? testing : training).add(pages.get(k));
            }
            RoleModel model = train(training, recurring, l2).model();
            pooled.add(RolesEvaluation.run(testing, new RoleClassifier(model), recurring, null).all());
        }
        return pooled;
    }

    public static Trained train(List<LabelledPage> pages, SiteRecurringLines recurring, double l2) {
        int ownSize = RoleModel.ownFeatureNames().size();
        int contextSize = RoleModel.contextFeatureNames().size();
        RoleClassifier blank = new RoleClassifier(RoleModel.of(new double[ownSize], new double[contextSize], 0.5));
        double[] own = LogisticRegression.fit(rows(pages, recurring, blank, true), l2);
        RoleClassifier first = new RoleClassifier(RoleModel.of(own, new double[contextSize], 0.5));
        double[] context = LogisticRegression.fit(rows(pages, recurring, first, false), l2);
        RoleClassifier second = new RoleClassifier(RoleModel.of(own, context, new double[contextSize], 0.5));
        double[] refine = LogisticRegression.fit(rows(pages, recurring, second, false), l2);

        RoleModel best = null;
        double bestF1 = -1;
        for (double threshold : THRESHOLDS) {
            RoleModel model = RoleModel.of(own, context, refine, threshold);
            double f1 = RolesEvaluation.run(pages, new RoleClassifier(model), recurring, null).all().f1();
            if (f1 > bestF1 + 1e-9) {
                bestF1 = f1;
                best = model;
            }
        }
        int news = 0;
        int other = 0;
        int conflicting = 0;
        for (LabelledPage page : pages) {
            for (int i = 0; i < page.paragraphs().size(); i++) {
                news += page.label(i) == LabelledPage.NEWS ? 1 : 0;
                other += page.label(i) == LabelledPage.NOT_NEWS ? 1 : 0;
                conflicting += page.label(i) == LabelledPage.UNKNOWN && holdsBoth(page, i) ? 1 : 0;
            }
        }
        return new Trained(best, news, other, conflicting, bestF1);
    }

    /** The labelled lines of the pages as rows: their own features, or those the classifier's last stage saw. */
    private static List<LogisticRegression.Row> rows(List<LabelledPage> pages, SiteRecurringLines recurring,
            RoleClassifier classifier, boolean ownFeatures) {
        List<LogisticRegression.Row> rows = new ArrayList<>();
        for (LabelledPage page : pages) {
            for (boolean ownTitle : page.text().hasOwnTitle() ? new boolean[] {true} : new boolean[] {false, true}) {
                double weight = ownTitle && !page.text().hasOwnTitle() ? OWN_TITLE_WEIGHT : 1;
                RoleClassifier.Scored scored = classifier.score(page.paragraphs(), ownTitle, recurring.of(page.page().site()));
                for (int i = 0; i < page.paragraphs().size(); i++) {
                    if (page.label(i) != LabelledPage.UNKNOWN) {
                        double[] x = ownFeatures ? scored.ownFeatures()[i] : scored.contextFeatures()[i];
                        rows.add(new LogisticRegression.Row(x, page.label(i), page.weight(i) * weight));
                    }
                }
            }
        }
        return rows;
    }

    private static boolean holdsBoth(LabelledPage page, int i) {
        boolean with = page.page().with().stream().anyMatch(s -> page.holding(s).contains(i));
        boolean without = page.page().without().stream().anyMatch(s -> page.holding(s).contains(i));
        return with && without;
    }
}
