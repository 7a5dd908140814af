package dev.newsflow.ingest.html;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebPageExtractorTest {

    private static WebPage artikel() throws Exception {
        try (InputStream in = WebPageExtractorTest.class.getResourceAsStream("/html/artikel.html")) {
            return WebPageExtractor.extract(in.readAllBytes(), null);
        }
    }

    @Test
    void shouldKeepTheArticleWithHeadingsListsAndQuotesAsParagraphs() throws Exception {
        assertEquals(List.of(
                "Hochwasser an der Elbe: Dresden rüstet sich",
                "Die Pegel steigen seit Tagen, und die Stadt baut Schutzwände auf, wie zuletzt im Jahr 2013.",
                "In Dresden wird mit einem Pegelstand von mehr als sechs Metern gerechnet. Die Feuerwehr hat am "
                        + "Montagabend begonnen, mobile Schutzwände am Terrassenufer aufzubauen.",
                "Oberbürgermeister Max Muster sagte, man sei besser vorbereitet als vor elf Jahren. Die Warnstufe drei "
                        + "gilt seit Dienstagmorgen.",
                "Was Anwohner jetzt tun sollten",
                "Die Stadt rät allen, die in der Nähe des Flusses wohnen:",
                "Keller räumen und Wertsachen nach oben bringen,",
                "Autos aus Tiefgaragen an der Elbe fahren,",
                "die Warn-App der Stadt einschalten.",
                "„Wir nehmen die Lage sehr ernst, aber es gibt keinen Grund zur Panik“, sagte der Leiter des Krisenstabs.",
                "Die nächste Prognose des Landeshochwasserzentrums wird am Mittwoch erwartet.\nSie soll um zehn Uhr erscheinen."),
                artikel().paragraphs());
    }

    @Test
    void shouldLeaveOutNavigationBannersShareBarsTeasersCommentsAuthorBoxAndFooter() throws Exception {
        String text = artikel().text();
        for (String boilerplate : List.of("Cookies", "Politik", "Startseite", "Teilen", "WhatsApp", "Mehr zum Thema",
                "Pegel in Meißen", "Kommentare", "Hoffentlich", "schreibt seit 2015", "Meistgelesen", "Pirna",
                "Impressum", "Elbtal Kurier GmbH", "Foto:", "17.09.2024")) {
            assertFalse(text.contains(boilerplate), boilerplate + " is boilerplate:\n" + text);
        }
    }

    @Test
    void shouldSayWhatTheMarkupMakesOfEachParagraph() throws Exception {
        WebPage page = artikel();
        List<String> labels = page.markupLabels();

        assertEquals(page.paragraphs().size(), labels.size());
        assertEquals("heading", labels.get(0), page.paragraphs().get(0));
        assertEquals("paragraph", labels.get(2), page.paragraphs().get(2));
        assertEquals("heading", labels.get(page.paragraphs().indexOf("Was Anwohner jetzt tun sollten")));
        assertEquals("list-item", labels.get(page.paragraphs().indexOf("Autos aus Tiefgaragen an der Elbe fahren,")));
    }

    @Test
    void shouldSeparateParagraphsByABlankLine() throws Exception {
        WebPage page = artikel();
        assertEquals(String.join("\n\n", page.paragraphs()), page.text());
        assertTrue(page.paragraphs().stream().noneMatch(p -> p.contains("\n\n") || p.isBlank()));
    }

    @Test
    void shouldReadTheMetadata() throws Exception {
        PageMetadata metadata = artikel().metadata();
        assertEquals(new PageMetadata("Hochwasser an der Elbe: Dresden rüstet sich", Instant.parse("2024-09-17T06:30:00Z"),
                "Anna Beispiel", "https://www.elbtal-kurier.example/dresden/hochwasser-elbe-100.html"), metadata);
    }

    @Test
    void shouldFindTheTextOfAPageWithoutSemanticMarkup() throws Exception {
        String html = "<html><body><table><tr><td><a href=/>Home</a> | <a href=/a>Archiv</a></td></tr>"
                + "<tr><td><font size=2>Der Gemeinderat hat am Abend beschlossen, die alte Schule zu sanieren. "
                + "Die Kosten, rund zwei Millionen Euro, teilen sich Land und Gemeinde.<br><br>"
                + "Baubeginn ist im Frühjahr, fertig soll alles bis zum Schuljahr 2026 sein, sagte der Bürgermeister.</font>"
                + "</td></tr></table></body></html>";

        WebPage page = WebPageExtractor.extract(html.getBytes(UTF_8), null);

        assertEquals(List.of("Der Gemeinderat hat am Abend beschlossen, die alte Schule zu sanieren. Die Kosten, rund zwei "
                + "Millionen Euro, teilen sich Land und Gemeinde.\nBaubeginn ist im Frühjahr, fertig soll alles bis zum "
                + "Schuljahr 2026 sein, sagte der Bürgermeister."), page.paragraphs());
    }

    @Test
    void shouldTakeTheJsonLdArticleBodyWhereThePageShowsNoText() throws Exception {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":"
                + "\"Der Text wird erst im Browser geladen, steht aber vollständig in den Metadaten der Seite, "
                + "wie bei vielen Seiten, die ihren Inhalt mit JavaScript zeigen.\\nZweiter Absatz, ebenfalls lang genug, "
                + "damit er als Text gilt und nicht als Rest einer Navigation, die niemand lesen will.\"}</script></head>"
                + "<body><div id=app></div></body></html>";

        WebPage page = WebPageExtractor.extract(html.getBytes(UTF_8), null);

        assertEquals(2, page.paragraphs().size(), page.text());
        assertTrue(page.paragraphs().get(1).startsWith("Zweiter Absatz"), page.text());
    }

    @Test
    void shouldRefuseAPageWithoutMainText() {
        String html = "<html><body><nav><a href=/>Start</a></nav><script>var x = 1;</script></body></html>";

        PageException e = assertThrows(PageException.class, () -> WebPageExtractor.extract(html.getBytes(UTF_8), null));

        assertEquals("no main text found in the page", e.getMessage());
    }

    @Test
    void shouldNotTrustAClassNameThatOnlyDescribesAState() throws IOException, PageException {
        // "--has-ads" and "has-sidebar" say what is next to the element, not what it is
        String html = "<html><body><section class=\"o-section o-section--has-ads\"><div class=\"content-has-sidebar\">"
                + "<p>Der Verein hat seine Mitgliederversammlung auf den Herbst verschoben, weil der Saal im Sommer renoviert wird.</p>"
                + "<p>Die Tagesordnung bleibt unverändert, teilte der Vorstand mit, Anträge können bis August gestellt werden.</p>"
                + "</div></section></body></html>";

        WebPage page = WebPageExtractor.extract(html.getBytes(UTF_8), null);

        assertEquals(2, page.paragraphs().size(), page.text());
    }
}
