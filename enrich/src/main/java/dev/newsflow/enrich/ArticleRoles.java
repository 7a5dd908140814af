package dev.newsflow.enrich;

import dev.newsflow.enrich.DedupEvent.Body;
import dev.newsflow.enrich.DedupEvent.Segment;
import dev.newsflow.enrich.roles.RecurringLines;
import dev.newsflow.enrich.roles.Role;
import dev.newsflow.enrich.roles.RoleClassifier;
import dev.newsflow.model.Markup;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What each paragraph of an article is on its page, kept or duplicate, and the article's title.
 * The classifier needs the whole page in order, copies included (a copy is still a line that its
 * neighbours are judged by), and roles depend on dedup's verdicts only where a line recurs across
 * the article's site, so they are decided once per pass, where the article is segmented, and ride
 * in its body to the gather, which decides them again for an article with such a line only
 * ({@link #of(Body, Set)}). Deciding them where the article is assembled instead ran the classifier
 * at every assembly (once per emission and twice per revocation): 44 % of a stream thread's time
 * (docs/benchmarks.md).
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
     * The roles of an article's paragraphs, in order, decided once per pass by the scatter. An
     * article without a content type (one whose producer set none) counts as having its own title.
     *
     * @param paragraphs the article's paragraphs as the segmenter made them, in order
     * @param markup per paragraph, what a web page's markup says it is ({@link #markupOf}); or null
     */
    static List<Role> classify(List<String> paragraphs, String contentType, List<Markup> markup) {
        // which lines recur across the site is known only after the deciding stage: see of(Body, Set)
        return classify(paragraphs, contentType, markup, RecurringLines.NONE);
    }

    private static List<Role> classify(List<String> paragraphs, String contentType, List<Markup> markup,
                                       RecurringLines recurring) {
        RoleClassifier classifier = RoleClassifier.standard();
        if (HTML.equals(contentType)) {
            return classifier.classifyMainContent(paragraphs, markup, recurring);
        }
        return classifier.classify(paragraphs, hasOwnTitle(contentType), recurring);
    }

    /**
     * An article's roles and title as the topology decides them (for evaluations).
     *
     * @param contentType the article's, or null where unknown
     * @param title the title the article came with
     */
    public static ArticleRoles of(List<String> paragraphs, String contentType, String title, List<Markup> markup) {
        return titled(paragraphs, classify(paragraphs, contentType, markup), contentType, title);
    }

    /**
     * The roles the body carries, with the title they give; in a body written before bodies
     * carried roles, as the classifier decides without the page's markup.
     */
    static ArticleRoles of(Body body) {
        return of(body, Set.of());
    }

    /**
     * The roles of an article some of whose lines recur across its site ({@link Recurrence}):
     * decided again, with the markup the body carries, so that those lines are never news and their
     * neighbours are judged with them as what they are. The lines are asked for by their text, so
     * every paragraph of the article with such a line's text recurs too. An article with none keeps
     * the roles its body carries: the classifier runs once per pass for it, in the scatter.
     *
     * @param recurring the indexes of paragraphs whose lines recur
     */
    static ArticleRoles of(Body body, Set<Integer> recurring) {
        List<String> paragraphs = body.segments().stream().map(Segment::text).toList();
        List<Role> roles;
        if (!recurring.isEmpty()) {
            Set<String> lines = new HashSet<>();
            for (int index : recurring) {
                lines.add(RecurringLines.normalise(paragraphs.get(index)));
            }
            roles = classify(paragraphs, body.contentType(), body.markup(), lines::contains);
        } else if (body.roles() != null && body.roles().size() == paragraphs.size()) {
            roles = body.roles();
        } else {
            roles = classify(paragraphs, body.contentType(), body.markup());
        }
        return titled(paragraphs, roles, body.contentType(), body.title());
    }

    private static ArticleRoles titled(List<String> paragraphs, List<Role> roles, String contentType, String title) {
        return new ArticleRoles(roles, hasOwnTitle(contentType) ? title : headline(paragraphs, roles, title));
    }

    /**
     * What the markup says of each paragraph the segmenter cuts the text into, from what it says
     * of each run of non-blank lines ({@link dev.newsflow.model.Article#markup()}); null where the
     * article has none or it does not fit the text.
     */
    public static List<Markup> markupOf(String text, List<String> markupPerBlock) {
        return markupPerBlock == null ? null : markupOf(Segmenter.paragraphs(text), markupPerBlock);
    }

    /** As {@link #markupOf(String, List)}, for a text the segmenter has cut already. */
    static List<Markup> markupOf(List<Segmenter.Paragraph> paragraphs, List<String> markupPerBlock) {
        if (markupPerBlock == null) {
            return null;
        }
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

    private static boolean hasOwnTitle(String contentType) {
        return !PLAIN_TEXT.equals(contentType);
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
