package dev.newsflow.enrich;

import dev.newsflow.enrich.DedupEvent.Body;
import dev.newsflow.enrich.DedupEvent.Segment;
import dev.newsflow.enrich.roles.RecurringLines;
import dev.newsflow.enrich.roles.Role;
import dev.newsflow.enrich.roles.RoleClassifier;
import dev.newsflow.model.Markup;
import java.util.ArrayList;
import java.util.List;

/**
 * What each paragraph of a gathered article is on its page, kept or duplicate, and the article's
 * title. Decided in the gather because the classifier needs the whole page in order, copies
 * included (a copy is still a line that its neighbours are judged by), and the gather is where
 * the article is whole again; so the records between the stages carry no roles.
 *
 * @param roles one per paragraph, by index
 * @param title the record's title: a plain-text article's is the first paragraph that is its
 *     headline (ingest took its first line, which may be a section label above it); where no
 *     paragraph is (a wire brief that starts with its story), the first sentence of its first
 *     body paragraph, without the dateline, shortened to {@value #LEAD_TITLE_CHARS} characters;
 *     others keep the title they came with
 */
public record ArticleRoles(List<Role> roles, String title) {

    /** As ingest names plain text; the title of any other article (JSON, HTML) came with it. */
    static final String PLAIN_TEXT = "text/plain";

    /** As ingest names a web page's main text. */
    static final String HTML = "text/html";

    /** A title made of a story's first sentence is cut at a word before this length: a headline's. */
    static final int LEAD_TITLE_CHARS = 100;

    /**
     * A body without a content type (gathered before bodies carried it, or an article whose
     * producer set none) counts as having its own title, so that its title is kept. The body
     * does not carry the page's markup (yet), so an HTML article is classified without it.
     */
    static ArticleRoles of(Body body) {
        List<String> paragraphs = body.segments().stream().map(Segment::text).toList();
        return of(paragraphs, body.contentType(), body.title(), null);
    }

    /**
     * @param paragraphs the article's paragraphs as the segmenter made them, in order
     * @param contentType the article's, or null where unknown
     * @param title the title the article came with
     * @param markup per paragraph, what a web page's markup says it is ({@link #markupOf}); or null
     */
    public static ArticleRoles of(List<String> paragraphs, String contentType, String title, List<Markup> markup) {
        RoleClassifier classifier = RoleClassifier.standard();
        // no recurring lines yet: docs/roles.md, "In the topology"
        if (HTML.equals(contentType)) {
            return new ArticleRoles(classifier.classifyMainContent(paragraphs, markup, RecurringLines.NONE), title);
        }
        boolean ownTitle = !PLAIN_TEXT.equals(contentType);
        List<Role> roles = classifier.classify(paragraphs, ownTitle, RecurringLines.NONE);
        return new ArticleRoles(roles, ownTitle ? title : headline(paragraphs, roles, title));
    }

    /**
     * What the markup says of each paragraph the segmenter cuts the text into, from what it says
     * of each run of non-blank lines ({@link dev.newsflow.model.Article#markup()}); null where the
     * article has none or it does not fit the text.
     */
    public static List<Markup> markupOf(String text, List<String> markupPerBlock) {
        if (markupPerBlock == null) {
            return null;
        }
        List<Segmenter.Paragraph> paragraphs = Segmenter.paragraphs(text);
        if (paragraphs.isEmpty() || paragraphs.get(paragraphs.size() - 1).block() != markupPerBlock.size() - 1) {
            return null;
        }
        List<Markup> markup = new ArrayList<>(paragraphs.size());
        for (Segmenter.Paragraph paragraph : paragraphs) {
            markup.add(Markup.ofLabel(markupPerBlock.get(paragraph.block())));
        }
        return markup;
    }

    String label(int index) {
        return roles.get(index).label();
    }

    private static String headline(List<String> paragraphs, List<Role> roles, String firstLine) {
        for (int i = 0; i < roles.size(); i++) {
            if (roles.get(i) == Role.TITLE) {
                return paragraphs.get(i);
            }
        }
        for (int i = 0; i < roles.size(); i++) {
            if (roles.get(i) == Role.BODY) {
                return leadTitle(paragraphs.get(i));
            }
        }
        return firstLine;
    }

    /** A story's first sentence without its dateline, cut at a word boundary where it is longer than a headline. */
    static String leadTitle(String paragraph) {
        String story = RoleClassifier.withoutDateline(paragraph);
        List<String> sentences = Sentences.split(story);
        String first = sentences.isEmpty() ? story.strip() : sentences.get(0).strip();
        if (first.length() <= LEAD_TITLE_CHARS) {
            return first;
        }
        int cut = first.lastIndexOf(' ', LEAD_TITLE_CHARS - 1);
        String shortened = first.substring(0, cut > LEAD_TITLE_CHARS / 2 ? cut : LEAD_TITLE_CHARS - 1);
        return shortened.replaceAll("[\\s,;:–—-]+$", "") + "…";
    }
}
