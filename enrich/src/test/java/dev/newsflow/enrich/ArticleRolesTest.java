package dev.newsflow.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsflow.enrich.DedupEvent.Body;
import dev.newsflow.enrich.DedupEvent.Segment;
import dev.newsflow.enrich.roles.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which title an article gets, by what it was read from; corpus/003 starts with two section labels above its headline. */
class ArticleRolesTest {

    private static final String HEADLINE_003 = "Nordkoreas Hilfe für Russland – wie Kim Putin unter die Arme greift";

    @Test
    void shouldTakeTheHeadlineOfAPlainTextArticleForItsTitle() throws IOException {
        ArticleRoles roles = ArticleRoles.of(body003("International", "text/plain"));

        assertEquals(HEADLINE_003, roles.title());
        assertEquals(Role.BOILERPLATE, roles.roles().get(0));
    }

    @Test
    void shouldKeepTheTitleThatAJsonOrHtmlArticleCameWith() throws IOException {
        for (String contentType : List.of("application/json", "text/html")) {
            ArticleRoles roles = ArticleRoles.of(body003("Wie Kim Putin hilft", contentType));

            assertEquals("Wie Kim Putin hilft", roles.title(), contentType);
            assertEquals(Role.BOILERPLATE, roles.roles().get(0), contentType + ": the section label is still no news");
        }
    }

    @Test
    void shouldKeepTheTitleOfABodyWithoutContentType() throws IOException {
        // gathered before bodies carried the content type, or from a producer that set none
        ArticleRoles roles = ArticleRoles.of(body003("International", null));

        assertEquals("International", roles.title());
        assertEquals(Role.COMMENT, roles.roles().get(paragraphs003().indexOf("Mondblüemli")), "classified all the same");
    }

    /** Roles are decided once, where the article is segmented; the gather reads them from the body. */
    @Test
    void shouldTakeTheRolesThatTheBodyCarries() throws IOException {
        Body classified = body003("International", "text/plain");
        List<Role> carried = new ArrayList<>(ArticleRoles.classify(classified.segments(), "text/plain"));
        int comment = paragraphs003().indexOf("Mondblüemli");
        carried.set(comment, Role.BODY);
        carried.set(0, Role.TITLE);
        Body body = new Body("003", 0, "003.txt", "International", null, Instant.EPOCH, classified.segments(), 1,
                "text/plain", carried);

        ArticleRoles roles = ArticleRoles.of(body);

        assertEquals(Role.BODY, roles.roles().get(comment), "as carried, not as the classifier says");
        assertEquals("International", roles.title(), "the first paragraph the carried roles call the headline");
        assertEquals(ArticleRoles.of(classified).roles(), ArticleRoles.classify(classified.segments(), "text/plain"));
    }

    private static List<String> paragraphs003() throws IOException {
        return Segmenter.segment(Files.readString(Path.of("../corpus/003_b4d41754e5c68a6e.txt")));
    }

    private static Body body003(String title, String contentType) throws IOException {
        List<String> paragraphs = paragraphs003();
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            segments.add(Segment.distinct(i, paragraphs.get(i), "f" + i));
        }
        return new Body("003", 0, "003.txt", title, null, Instant.EPOCH, segments, 1, contentType);
    }
}
