package dev.newsflow.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsflow.enrich.DedupEvent.Body;
import dev.newsflow.enrich.DedupEvent.Segment;
import dev.newsflow.enrich.roles.Role;
import dev.newsflow.model.Markup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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
        List<Role> carried = new ArrayList<>(ArticleRoles.classify(paragraphs003(), "text/plain", null));
        int comment = paragraphs003().indexOf("Mondblüemli");
        carried.set(comment, Role.BODY);
        carried.set(0, Role.TITLE);
        Body body = new Body("003", 0, "003.txt", "International", null, Instant.EPOCH, classified.segments(), 1,
                "text/plain", carried);

        ArticleRoles roles = ArticleRoles.of(body);

        assertEquals(Role.BODY, roles.roles().get(comment), "as carried, not as the classifier says");
        assertEquals("International", roles.title(), "the first paragraph the carried roles call the headline");
        assertEquals(ArticleRoles.of(classified).roles(), ArticleRoles.classify(paragraphs003(), "text/plain", null));
    }

    @Test
    void shouldTakeListItemsInsideAWebPagesMainContentForBodyWhereTheMarkupSaysSo() {
        String text = String.join("\n\n", "Für den Teig rühren Sie zuerst die Butter mit dem Zucker schaumig und geben dann "
                + "nach und nach die Eier dazu.", "200 g Zucker", "6 mittelgroße Eier", "Frischhaltefolie",
                "Den Teig danach eine Stunde kalt stellen, bevor Sie ihn ausrollen und in die Form legen.");
        List<String> paragraphs = Segmenter.segment(text);
        List<Markup> markup = ArticleRoles.markupOf(text, List.of("paragraph", "list-item", "list-item", "list-item", "paragraph"));

        ArticleRoles roles = ArticleRoles.of(paragraphs, "text/html", "Käsekuchen", markup);

        assertEquals(List.of(Role.BODY, Role.BODY, Role.BODY, Role.BODY), roles.roles().subList(0, 4));
        assertEquals("Käsekuchen", roles.title());
    }

    @Test
    void shouldKeepAHeadingTheMarkupNamesAHeading() {
        String text = "Die Stadt rät allen, die in der Nähe des Flusses wohnen, ihre Keller zu räumen und Wertsachen nach oben "
                + "zu bringen.\n\nDer Pegel\n\nIn Dresden wird mit einem Pegelstand von mehr als sechs Metern gerechnet, "
                + "die Feuerwehr baut Schutzwände auf.";
        List<Markup> markup = ArticleRoles.markupOf(text, List.of("paragraph", "heading", "paragraph"));

        assertEquals(Role.HEADING, ArticleRoles.of(Segmenter.segment(text), "text/html", "Hochwasser", markup).roles().get(1));
    }

    @Test
    void shouldIgnoreMarkupThatDoesNotFitTheText() {
        assertNull(ArticleRoles.markupOf("Eins.\n\nZwei.", List.of("paragraph")));
        assertNull(ArticleRoles.markupOf("Eins.\n\nZwei.", null));
        assertEquals(Arrays.asList(Markup.HEADING, null, null),
                ArticleRoles.markupOf("Titel\n\nZeile eins.\nZeile zwei.", Arrays.asList("heading", "something-new")));
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
