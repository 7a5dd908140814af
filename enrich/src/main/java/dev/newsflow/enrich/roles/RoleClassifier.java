package dev.newsflow.enrich.roles;

import java.util.ArrayList;
import java.util.Collections;
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
 * that repeat on the page or recur across the source); both are logistic regressions whose weights
 * are a bundled resource ({@link RoleModel}). Second, which role: patterns and position decide
 * among the news roles and among the others ({@link #roleOf}).
 *
 * <p>Thread-safe and loaded once; a classifier holds nothing but its weights.
 */
public final class RoleClassifier {

    private static final class Standard {
        static final RoleClassifier INSTANCE = new RoleClassifier(RoleModel.bundled());
    }

    /** A "read more" line longer than this is taken for prose that happens to start with its words. */
    static final int READ_MORE_CHARS = 250;

    /** A line with a picture credit longer than this is prose that names a photographer or agency. */
    static final int CAPTION_CHARS = 300;

    /** Lines above a headline found this far down are not taken for labels: the headline may be wrong. */
    static final int LABELS_ABOVE_HEADLINE = 5;

    /** A line between news with a lower probability than this stays what it is. */
    static final double BETWEEN_NEWS_FLOOR = 0.2;

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

    /** Roles with the features and probabilities behind them, for measuring and training. */
    public Scored score(List<String> paragraphs, boolean hasOwnTitle, RecurringLines recurring) {
        if (paragraphs.isEmpty()) {
            return new Scored(new double[0][], new double[0][], new double[0], List.of());
        }
        Page page = new Page(paragraphs, hasOwnTitle, recurring);
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
        return new Scored(ownFeatures, contextFeatures, news, roles(context, isNews, news));
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
        return new Scored(new double[n][0], new double[n][0], news, roles(context, isNews, news));
    }

    /**
     * The roles, once it is known which lines are news; then headings between news and prose next to
     * the body are news too.
     */
    private static List<Role> roles(PageContext context, boolean[] news, double[] probability) {
        Page page = context.page;
        int n = page.size();
        List<Role> roles = new ArrayList<>(n);
        Role[] decided = new Role[n];
        for (int i = 0; i < n; i++) {
            decided[i] = roleOf(context, i, news[i]);
        }
        for (int i = 1; i + 1 < n; i++) {
            if (!decided[i].isNews() && probability[i] >= BETWEEN_NEWS_FLOOR && isBetweenNews(context, decided, i)) {
                decided[i] = roleOf(context, i, true);
            }
        }
        for (int i = 0; i < n; i++) {
            if (!decided[i].isNews() && isProseNextToBody(context, decided, i)) {
                decided[i] = roleOf(context, i, true);
            }
        }
        Collections.addAll(roles, decided);
        return Collections.unmodifiableList(roles);
    }

    /**
     * A paragraph of prose the model doubted, next to the body and before any comments or teasers:
     * an article's last paragraph looks like the footer that often follows it, and losing news costs
     * more than keeping a line of furniture.
     */
    private static boolean isProseNextToBody(PageContext context, Role[] decided, int i) {
        Line line = context.page.line(i);
        boolean nextToBody = (i > 0 && decided[i - 1] == Role.BODY) || (i + 1 < decided.length && decided[i + 1] == Role.BODY);
        return nextToBody && line.readsAsProse() && line.chars >= 100 && line.functionShare() >= 0.25
                && i < context.commentsStart && i <= context.teasersStart && neverNews(context, i) == null;
    }

    /**
     * A heading the model doubted, between a paragraph of the article and the prose it introduces
     * (its own score may be low, as a short line's is, but it says what the next paragraph is about).
     */
    private static boolean isBetweenNews(PageContext context, Role[] decided, int i) {
        Line line = context.page.line(i);
        return decided[i - 1].isNews() && decided[i + 1] == Role.BODY && context.page.line(i + 1).readsAsProse()
                && RoleFeatures.headingOrQuestion(line) && neverNews(context, i) == null && line.words >= 2
                && line.navigationWords == 0 && line.serviceWords == 0;
    }

    /**
     * The role of a line once it is known whether it is news. The headline and its repeat (the
     * page's own heading under its HTML title) are always the title. Some lines are never news,
     * whatever the model says: comment furniture and everything in a comment section, links to other
     * articles ("Lesen Sie auch: …"), amounts alone (donation buttons), author and date lines, picture
     * credits alone, lines above the headline, and lines that recur in many articles of the source. Among news: a picture credit with a description makes a caption, a short line
     * without a sentence end a heading, the rest is body. Among the rest: bylines, teasers (headlines
     * and leads outside the main block, or before a "read more" link) and boilerplate.
     */
    static Role roleOf(PageContext context, int i, boolean news) {
        Page page = context.page;
        Line line = page.line(i);
        if (i == page.title || i == page.titleRepeat || (news && page.isTitle(i))) {
            return Role.TITLE;
        }
        Role never = neverNews(context, i);
        if (never != null) {
            return never;
        }
        if (isCaption(context, i)) {
            return Role.CAPTION;
        }
        if (news) {
            return RoleFeatures.headingLike(line) ? Role.HEADING : Role.BODY;
        }
        if (line.teaserSection || leadsToReadMore(page, i)) {
            return Role.TEASER;
        }
        if (line.author || line.dateWords || line.isDateLine() || nextToDateLine(page, i) && line.words <= 6) {
            return Role.BYLINE;
        }
        boolean outside = i > context.blockEnd || i > context.teasersStart;
        if (outside && (line.readsAsProse() || line.endsEllipsis || (Headline.readsAsHeadline(line) && nextIsLead(page, i)))) {
            return Role.TEASER;
        }
        return Role.BOILERPLATE;
    }

    /** The role of a line that is never news, or null where the model decides. */
    private static Role neverNews(PageContext context, int i) {
        Line line = context.page.line(i);
        if (line.commentButton || line.commentAuthor || line.commentProfile || line.commentSection) {
            return Role.COMMENT;
        }
        if (line.readMore && line.chars <= READ_MORE_CHARS) {
            // "Lesen Sie auch: …", "Lea más: …": a link to another article, wherever it stands
            return Role.TEASER;
        }
        if (i > context.commentsStart) {
            return line.teaserSection || leadsToReadMore(context.page, i) ? Role.TEASER : Role.COMMENT;
        }
        if (line.currency && line.words <= 3 || line.sourcesLabel) {
            return Role.BOILERPLATE;
        }
        if ((line.author && line.words <= 6 && !line.endsSentence) || (line.isDateLine() && line.words <= 8)
                || (line.dateWords && line.words <= 6)
                || line.sourceLine || (line.pictureCredit && isCreditAlone(line))) {
            return Role.BYLINE;
        }
        if (i < context.page.title && context.page.title <= LABELS_ABOVE_HEADLINE) {
            // a few lines above the headline: section labels and menu buttons
            return Role.BOILERPLATE;
        }
        if (context.page.recurs[i]) {
            // in many articles of the source: the site's furniture, not this article's news
            return Role.BOILERPLATE;
        }
        return null;
    }

    /**
     * A picture's description with its credit, in the article ("Kim und Putin flanieren durch
     * Pjöngjang. Bild: keystone"): part of the article whatever the model says, as the captions of
     * the benchmark's pages are often counted as what surrounds the article, and the model learnt that.
     */
    private static boolean isCaption(PageContext context, int i) {
        Line line = context.page.line(i);
        return line.pictureCredit && !isCreditAlone(line) && line.chars <= CAPTION_CHARS
                && i > context.page.title && i <= context.blockEnd + 2;
    }

    private static boolean nextToDateLine(Page page, int i) {
        return (i > 0 && page.line(i - 1).isDateLine()) || (i + 1 < page.size() && page.line(i + 1).isDateLine());
    }

    /** A credit with no description: short, or starting with its label ("Foto: …", "(Foto: …)", "© …"). */
    private static boolean isCreditAlone(Line line) {
        return line.words <= 4 || (line.chars <= 60 && line.functionWords == 0) || line.startsWithCredit;
    }

    /** Whether a "read more" link follows within three lines: the line is a teaser's headline or lead. */
    private static boolean leadsToReadMore(Page page, int i) {
        for (int j = i + 1; j <= Math.min(page.size() - 1, i + 3); j++) {
            if (page.line(j).readMore) {
                return true;
            }
        }
        return false;
    }

    private static boolean nextIsLead(Page page, int i) {
        return i + 1 < page.size() && page.line(i + 1).readsAsProse();
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
