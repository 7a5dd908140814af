package dev.newsflow.enrich;

import dev.newsflow.enrich.DedupEvent.Body;
import dev.newsflow.enrich.DedupEvent.Segment;
import dev.newsflow.enrich.roles.RecurringLines;
import dev.newsflow.enrich.roles.Role;
import dev.newsflow.enrich.roles.RoleClassifier;
import java.util.List;

/**
 * What each paragraph of an article is on its page, kept or duplicate, and the article's title.
 * The classifier needs the whole page in order, copies included (a copy is still a line that its
 * neighbours are judged by), and roles do not depend on dedup's verdicts, so they are decided
 * once per pass, where the article is segmented, and ride in its body to the gather. Deciding
 * them where the article is assembled instead ran the classifier at every assembly (once per
 * emission and twice per revocation): 44 % of a stream thread's time (docs/benchmarks.md).
 *
 * @param roles one per paragraph, by index
 * @param title the record's title: a plain-text article's is the first paragraph that is its
 *     headline (ingest took its first line, which may be a section label above it); others keep
 *     the title they came with
 */
record ArticleRoles(List<Role> roles, String title) {

    /** As ingest names plain text; the title of any other article (JSON, HTML) came with it. */
    static final String PLAIN_TEXT = "text/plain";

    /**
     * The roles of an article's paragraphs, in order. An article without a content type (one
     * whose producer set none, or a body gathered before bodies carried it) counts as having its
     * own title, so that its title is kept.
     */
    static List<Role> classify(List<Segment> segments, String contentType) {
        List<String> paragraphs = segments.stream().map(Segment::text).toList();
        // no recurring lines yet: docs/roles.md, "Integration"
        return RoleClassifier.standard().classify(paragraphs, hasOwnTitle(contentType), RecurringLines.NONE);
    }

    /** The roles the body carries, or, in a body written before it carried them, as the classifier decides. */
    static ArticleRoles of(Body body) {
        List<Role> roles = body.roles() != null && body.roles().size() == body.segments().size()
                ? body.roles() : classify(body.segments(), body.contentType());
        String title = hasOwnTitle(body.contentType()) ? body.title() : headline(body.segments(), roles, body.title());
        return new ArticleRoles(roles, title);
    }

    String label(int index) {
        return roles.get(index).label();
    }

    private static boolean hasOwnTitle(String contentType) {
        return !PLAIN_TEXT.equals(contentType);
    }

    private static String headline(List<Segment> segments, List<Role> roles, String firstLine) {
        for (int i = 0; i < roles.size(); i++) {
            if (roles.get(i) == Role.TITLE) {
                return segments.get(i).text();
            }
        }
        return firstLine;
    }
}
