package dev.newsflow.enrich;

import dev.newsflow.enrich.DedupEvent.Body;
import dev.newsflow.enrich.DedupEvent.Segment;
import dev.newsflow.enrich.roles.RecurringLines;
import dev.newsflow.enrich.roles.Role;
import dev.newsflow.enrich.roles.RoleClassifier;
import java.util.List;

/**
 * What each paragraph of a gathered article is on its page, kept or duplicate, and the article's
 * title. Decided in the gather because the classifier needs the whole page in order, copies
 * included (a copy is still a line that its neighbours are judged by), and the gather is where
 * the article is whole again; so the records between the stages carry no roles.
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
     * A body without a content type (gathered before bodies carried it, or an article whose
     * producer set none) counts as having its own title, so that its title is kept.
     */
    static ArticleRoles of(Body body) {
        List<String> paragraphs = body.segments().stream().map(Segment::text).toList();
        boolean ownTitle = !PLAIN_TEXT.equals(body.contentType());
        // no recurring lines yet: docs/roles.md, "Integration"
        List<Role> roles = RoleClassifier.standard().classify(paragraphs, ownTitle, RecurringLines.NONE);
        return new ArticleRoles(roles, ownTitle ? body.title() : headline(paragraphs, roles, body.title()));
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
        return firstLine;
    }
}
