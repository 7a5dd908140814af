package dev.newsflow.enrich.roles;

import dev.newsflow.model.Markup;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Which role each line has, once it is known which lines are news: rules on the line's patterns
 * and its place on the page. Some overrule the model: what is never news (comment furniture and
 * comment sections, links to other articles, amounts alone, bylines, credits alone, labels above
 * the headline, lines that recur across the source), what always is (the headline, a caption),
 * headings between news and prose next to the body.
 */
final class RoleAssignment {

    /** A "read more" line longer than this is taken for prose that happens to start with its words. */
    static final int READ_MORE_CHARS = 250;

    /** A line with a picture credit longer than this is prose that names a photographer or agency. */
    static final int CAPTION_CHARS = 300;

    /** Lines above a headline found this far down are not taken for labels: the headline may be wrong. */
    static final int LABELS_ABOVE_HEADLINE = 5;

    /** A line between news with a lower probability than this stays what it is. */
    static final double BETWEEN_NEWS_FLOOR = 0.2;

    private RoleAssignment() {}

    /**
     * The roles, once it is known which lines are news; then headings between news and prose next to
     * the body are news too.
     */
    static List<Role> roles(PageContext context, boolean[] news, double[] probability) {
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
        if (page.mainContent) {
            keepMainContent(context, decided);
        }
        Collections.addAll(roles, decided);
        return Collections.unmodifiableList(roles);
    }

    /**
     * In a web page's main content as an extractor found it, the model's doubts count at the
     * edges only: a line between the first and the last news paragraph is news, and so is a list
     * item, table cell, quote or preformatted block anywhere, unless its patterns say it is never
     * news or it belongs to a teaser (a section label, a line before a "read more" link). The
     * extractor already left out what surrounds the article; what the classifier, which learnt
     * whole scraped pages, takes for a menu inside it is mostly a list of ingredients, figures
     * or steps.
     */
    private static void keepMainContent(PageContext context, Role[] decided) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < decided.length; i++) {
            if (decided[i].isNews()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        for (int i = 0; i < decided.length; i++) {
            boolean inside = i > first && i < last;
            if ((decided[i] == Role.BOILERPLATE || decided[i] == Role.TEASER) && (inside || isStructure(context.page.markup(i)))
                    && neverNews(context, i) == null && !context.page.line(i).teaserSection && !leadsToReadMore(context.page, i)) {
                decided[i] = roleOf(context, i, true);
            }
        }
    }

    /** Markup that structures an article's text rather than framing it. */
    private static boolean isStructure(Markup markup) {
        return markup == Markup.LIST_ITEM || markup == Markup.CELL || markup == Markup.QUOTE || markup == Markup.PREFORMATTED;
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
     * credits alone, lines above the headline, and lines that recur in many articles of the source.
     * A picture's description with its credit is always a caption. Among news: a short line
     * without a sentence end is a heading, the rest is body. Among the rest: bylines, teasers (headlines
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
            return newsRole(page.markup(i), line);
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

    /**
     * Among news, what the markup says where it says it; else a short line without a full stop is
     * a heading (scraped text and a {@code <p>} set in bold alike), the rest body.
     */
    private static Role newsRole(Markup markup, Line line) {
        if (markup == Markup.HEADING) {
            return Role.HEADING;
        }
        if (markup == Markup.CAPTION) {
            return Role.CAPTION;
        }
        if (isStructure(markup)) {
            return Role.BODY;
        }
        return RoleFeatures.headingLike(line) ? Role.HEADING : Role.BODY;
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
        if ((line.currency && line.words <= 3) || line.sourcesLabel) {
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

}
