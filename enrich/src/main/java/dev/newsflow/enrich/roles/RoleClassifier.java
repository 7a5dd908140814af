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

    private final RoleModel model;

    public RoleClassifier(RoleModel model) {
        this.model = model;
    }

    /** The classifier with the bundled model, made once. */
    public static RoleClassifier standard() {
        return Standard.INSTANCE;
    }

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
        List<Role> roles = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            roles.add(roleOf(context, i, news[i] >= model.threshold()));
        }
        return new Scored(ownFeatures, contextFeatures, news, Collections.unmodifiableList(roles));
    }

    /**
     * The role of a line once it is known whether it is news. The headline is always the title.
     * Among news: a picture credit makes a caption, a short line without a sentence end a heading,
     * the rest is body. Among the rest: comment furniture and whatever follows the comments'
     * label is a comment; author and date lines are bylines; headlines, leads and "read more"
     * links outside the main block are teasers; the rest is boilerplate.
     */
    static Role roleOf(PageContext context, int i, boolean news) {
        Page page = context.page;
        Line line = page.line(i);
        if (i == page.title || (news && page.isTitle(i))) {
            return Role.TITLE;
        }
        if (news) {
            if (line.pictureCredit && line.chars <= 300) {
                return Role.CAPTION;
            }
            return RoleFeatures.headingLike(line) ? Role.HEADING : Role.BODY;
        }
        if (line.commentButton || line.commentAuthor || line.commentProfile || line.commentSection) {
            return Role.COMMENT;
        }
        if (line.readMore || line.teaserSection || leadsToReadMore(page, i)) {
            return Role.TEASER;
        }
        if (i > context.commentsStart) {
            return Role.COMMENT;
        }
        if (line.author || line.dateWords || line.isDateLine()) {
            return Role.BYLINE;
        }
        boolean outside = i > context.blockEnd || i > context.teasersStart;
        if (outside && (line.readsAsProse() || line.endsEllipsis || (Headline.readsAsHeadline(line) && nextIsLead(page, i)))) {
            return Role.TEASER;
        }
        return Role.BOILERPLATE;
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
