package dev.newsflow.enrich.roles;

import dev.newsflow.model.Markup;
import java.util.List;

/**
 * Gives every paragraph of an article its {@link Role}: what of a scraped page is the article
 * (title, headings, body, captions) and what came along with it (bylines, boilerplate, reader
 * comments, teasers of other articles).
 *
 * <p>Two steps. First, whether a line is news at all: each line gets a score from its own
 * features (length, sentence punctuation, share of function words, patterns such as dates, vote
 * counts, currency amounts, "Melden"), then a probability from those and its context (its
 * neighbours' scores, the page's main block, the comment and teaser sections, the headline, lines
 * that repeat on the page or recur across the source), and once more from the same features with
 * the neighbours' probabilities; these are logistic regressions whose weights are a bundled
 * resource ({@link RoleModel}). Second, which role: rules on patterns and position
 * ({@link RoleAssignment}), some of which overrule the model (a comment is never news, a caption
 * always is).
 *
 * <p>Thread-safe and loaded once; a classifier holds nothing but its weights.
 */
public final class RoleClassifier {

    private static final class Standard {
        static final RoleClassifier INSTANCE = new RoleClassifier(RoleModel.bundled());
    }

    private final RoleModel model;

    /** A classifier that decides what is news with this model. */
    public RoleClassifier(RoleModel model) {
        this.model = model;
    }

    /**
     * A classifier that decides what is news by hand-written rules alone (jusText's, on the same
     * line features), no model: the baseline the model is measured against.
     */
    public static RoleClassifier rulesOnly() {
        return new RoleClassifier(null);
    }

    /** The classifier with the bundled model, made once. */
    public static RoleClassifier standard() {
        return Standard.INSTANCE;
    }

    /** The model, or null for {@link #rulesOnly()}. */
    public RoleModel model() {
        return model;
    }

    /** The paragraph without the agency dateline it opens with ("BERLIN (dpa) – "), if any. */
    public static String withoutDateline(String paragraph) {
        java.util.regex.Matcher dateline = Vocabulary.DATELINE.matcher(paragraph);
        return dateline.lookingAt() ? paragraph.substring(dateline.end()) : paragraph;
    }

    /** One role per paragraph, for an article whose source knows of no recurring lines. */
    public List<Role> classify(List<String> paragraphs, boolean hasOwnTitle) {
        return classify(paragraphs, hasOwnTitle, RecurringLines.NONE);
    }

    /**
     * One role per paragraph.
     *
     * @param paragraphs the article's paragraphs, in order, as the segmenter made them
     * @param hasOwnTitle whether the article came with its own title (JSON, HTML); if not (plain
     *     text), the first line that reads as a headline is its title
     * @param recurring which lines recur in many articles of the article's source
     */
    public List<Role> classify(List<String> paragraphs, boolean hasOwnTitle, RecurringLines recurring) {
        return score(paragraphs, hasOwnTitle, recurring).roles();
    }

    /**
     * One role per paragraph of the main content an extractor took from a web page. The article
     * came with its own title, and its paragraphs are what the extractor judged to be the
     * article: the classifier trims what is furniture at its edges, but a paragraph between two
     * of its news paragraphs is news unless its patterns say it never is (a byline, a comment,
     * a "read more" link). What the markup says comes first: a list item, table cell, quote or
     * preformatted block is body where the model doubts it (ingredients, specifications and
     * code read like menus on their own), a heading is a heading and a caption a caption.
     *
     * @param markup one per paragraph, null entries where the markup says nothing; or null
     */
    public List<Role> classifyMainContent(List<String> paragraphs, List<Markup> markup, RecurringLines recurring) {
        return score(new Page(paragraphs, true, recurring, true, markup)).roles();
    }

    /** Roles with the features and probabilities behind them, for measuring and training. */
    public Scored score(List<String> paragraphs, boolean hasOwnTitle, RecurringLines recurring) {
        return score(new Page(paragraphs, hasOwnTitle, recurring));
    }

    private Scored score(Page page) {
        if (page.size() == 0) {
            return new Scored(new double[0][], new double[0][], new double[0], List.of());
        }
        return model == null ? byRules(page) : byModel(page);
    }

    private Scored byModel(Page page) {
        int n = page.size();
        double[][] ownFeatures = new double[n][];
        double[] own = new double[n];
        for (int i = 0; i < n; i++) {
            ownFeatures[i] = RoleFeatures.own(page.line(i));
            own[i] = model.ownScore(ownFeatures[i]);
        }
        PageContext context = new PageContext(page, own);
        double[][] contextFeatures = new double[n][];
        double[] news = new double[n];
        for (int i = 0; i < n; i++) {
            contextFeatures[i] = RoleFeatures.context(context, i, ownFeatures[i]);
            news[i] = model.newsProbability(contextFeatures[i]);
        }
        if (model.refines()) {
            double[] first = new double[n];
            for (int i = 0; i < n; i++) {
                first[i] = model.contextScore(contextFeatures[i]);
            }
            context = new PageContext(page, first);
            for (int i = 0; i < n; i++) {
                contextFeatures[i] = RoleFeatures.context(context, i, ownFeatures[i]);
                news[i] = model.refinedProbability(contextFeatures[i]);
            }
        }
        boolean[] isNews = new boolean[n];
        for (int i = 0; i < n; i++) {
            isNews[i] = news[i] >= model.threshold();
        }
        return new Scored(ownFeatures, contextFeatures, news, RoleAssignment.roles(context, isNews, news));
    }

    private static Scored byRules(Page page) {
        int n = page.size();
        double[] own = new double[n];
        for (int i = 0; i < n; i++) {
            own[i] = RuleJudge.ownScore(page.line(i));
        }
        PageContext context = new PageContext(page, own);
        boolean[] isNews = RuleJudge.news(context);
        double[] news = new double[n];
        for (int i = 0; i < n; i++) {
            news[i] = isNews[i] ? 1 : 0;
        }
        return new Scored(new double[n][0], new double[n][0], news, RoleAssignment.roles(context, isNews, news));
    }

    /**
     * An article's roles with what they were decided from.
     *
     * @param ownFeatures per paragraph, its own features (in {@link RoleModel#ownFeatureNames()} order)
     * @param contextFeatures per paragraph, its own and context features ({@link RoleModel#contextFeatureNames()})
     * @param newsProbability per paragraph, the probability that it is news
     * @param roles per paragraph, its role
     */
    public record Scored(double[][] ownFeatures, double[][] contextFeatures, double[] newsProbability, List<Role> roles) {}
}
