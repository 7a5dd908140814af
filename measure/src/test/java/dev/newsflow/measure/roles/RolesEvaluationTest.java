package dev.newsflow.measure.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.enrich.roles.RoleClassifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's metric on two small pages written here, with what a classifier keeps of them. */
class RolesEvaluationTest {

    private static final String ARTICLE = String.join("\n",
            "Bahn streicht Verbindungen nach Süden | Beispielzeitung",
            "Home",
            "Politik",
            "Newsletter abonnieren",
            "Bahn streicht Verbindungen nach Süden",
            "Die Bahn streicht im Sommer mehrere Verbindungen nach Süden, weil Strecken gebaut werden und Personal fehlt.",
            "Betroffen sind vor allem die Strecken nach München und Stuttgart, teilte das Unternehmen am Dienstag mit.",
            "Fahrgäste sollen sich vor der Reise informieren, ob ihr Zug fährt, und früh Plätze reservieren.",
            "Lesen Sie auch: Warum die Bahn so oft zu spät kommt",
            "© 2024 Beispielzeitung",
            "");

    @TempDir
    Path dir;

    @BeforeEach
    void writePages() throws IOException {
        Files.createDirectories(dir.resolve("pages"));
        Files.writeString(dir.resolve("pages/aaa.txt"), ARTICLE);
        Files.write(dir.resolve("pages/bbb.txt"), new byte[] {0, 1, 2, 3, 0, 0, 0, 0, 5, 6});
        Files.writeString(dir.resolve("evaldata.json"), """
                {
                  "https://www.beispiel.de/bahn": {"file": "pages/aaa.txt",
                    "with": ["Die Bahn  streicht im Sommer", "und früh Plätze reservieren", "Beispielzeitung heute"],
                    "without": ["Newsletter abonnieren", "Lesen Sie auch", "© 2024"]},
                  "hard::kaputt.de-seite.html": {"file": "pages/bbb.txt", "with": ["Text"], "without": ["Menü"]}
                }
                """);
    }

    @Test
    void shouldCountSnippetsFoundAndMissedWithWhiteSpaceCollapsed() {
        List<LabelledPage> pages = ScrapedPage.readAll(dir).stream().map(LabelledPage::read).toList();

        RolesEvaluation result = RolesEvaluation.run(pages, RoleClassifier.standard(), new SiteRecurringLines(3), null);

        SnippetScore all = result.all();
        assertEquals(2, all.truePositives());
        // one snippet is in no line of the page; the unreadable page's snippet is missed
        assertEquals(2, all.falseNegatives());
        assertEquals(0, all.falsePositives());
        assertEquals(4, all.trueNegatives());
        assertEquals(0.5, all.recall(), 1e-9);
        assertEquals(1.0, all.precision(), 1e-9);
        assertEquals(6.0 / 8, all.accuracy(), 1e-9);
        assertEquals(2 * 2.0 / (2 * 2 + 0 + 2), all.f1(), 1e-9);
        assertEquals(1, all.longLineSnippets(), "one found in a paragraph over 100 characters");
        assertEquals(1.0, all.longLineRecall(), 1e-9);
        assertEquals(1, result.problems().size(), result.problems().toString());
        assertTrue(result.problems().get(0).contains("bbb.txt"), result.problems().toString());
        assertEquals(2, result.mistakes().size());
    }

    @Test
    void shouldWriteTheKeptParagraphsOfEachPage() throws IOException {
        List<LabelledPage> pages = ScrapedPage.readAll(dir).stream().map(LabelledPage::read).toList();
        Path out = Files.createDirectories(dir.resolve("out"));

        RolesEvaluation.run(pages, RoleClassifier.standard(), new SiteRecurringLines(3), out);

        List<String> kept = Files.readAllLines(out.resolve("aaa.txt"));
        assertEquals("Bahn streicht Verbindungen nach Süden | Beispielzeitung", kept.get(0));
        assertTrue(kept.contains(ARTICLE.lines().toList().get(5)), kept.toString());
        assertTrue(kept.stream().noneMatch(line -> line.startsWith("Lesen Sie auch") || line.startsWith("©")), kept.toString());
        assertEquals("", Files.readString(out.resolve("bbb.txt")));
    }

    @Test
    void shouldLabelTheLinesThatHoldSnippets() {
        LabelledPage page = LabelledPage.read(ScrapedPage.readAll(dir).get(0));

        assertEquals(LabelledPage.NOT_NEWS, page.label(3));
        assertEquals(LabelledPage.NEWS, page.label(5));
        assertEquals(LabelledPage.NEWS, page.label(7));
        assertEquals(LabelledPage.UNKNOWN, page.label(6));
        assertEquals(0, page.weight(6));
    }

    @Test
    void shouldTellSitesAndPartsApart() {
        List<ScrapedPage> pages = ScrapedPage.readAll(dir);

        assertEquals("beispiel.de", pages.get(0).site());
        assertEquals("kaputt.de", pages.get(1).site());
        assertEquals("nesselsetzer.wordpress.com", new ScrapedPage(
                "https://web.archive.org/web/20140109030403/http://nesselsetzer.wordpress.com/2013/12/09/x/", "x", null,
                List.of(), List.of()).site());
        // the part is a hash of the id: the same every time
        assertEquals(ScrapedPage.Part.TUNE, new ScrapedPage("u", "2c1f41b0c9f4dd38", null, List.of(), List.of()).part());
        assertEquals(ScrapedPage.Part.HELD_OUT, new ScrapedPage("u", "b90ee7490fd57976", null, List.of(), List.of()).part());
    }

    @Test
    void shouldFindLinesThatRecurOnPagesOfTheSameSite() {
        SiteRecurringLines recurring = new SiteRecurringLines(2);
        recurring.add("beispiel.de", List.of("Newsletter abonnieren", "Erster Artikel."));
        recurring.add("beispiel.de", List.of("NEWSLETTER  abonnieren", "Zweiter Artikel."));
        recurring.add("anders.de", List.of("Erster Artikel."));

        assertTrue(recurring.of("beispiel.de").recurs("newsletter abonnieren"));
        assertTrue(!recurring.of("beispiel.de").recurs("erster artikel."));
        assertTrue(!recurring.of("anders.de").recurs("newsletter abonnieren"));
        assertEquals(1, recurring.recurringLines());
    }
}
