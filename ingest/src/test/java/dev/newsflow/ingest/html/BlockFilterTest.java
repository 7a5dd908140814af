package dev.newsflow.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BlockFilterTest {

    private static final Element P = new Element("p");

    private static TextBlock text(String text) {
        return new TextBlock(P, text, 0, TextBlock.Kind.PARAGRAPH);
    }

    private static TextBlock link(String text) {
        return new TextBlock(P, text, text.length(), TextBlock.Kind.LIST_ITEM);
    }

    private static TextBlock heading(String text) {
        return new TextBlock(new Element("h3"), text, 0, TextBlock.Kind.HEADING);
    }

    private static List<String> kept(TextBlock... blocks) {
        return BlockFilter.keep(List.of(blocks)).stream().map(TextBlock::text).toList();
    }

    @Test
    void shouldDropListsOfLinksWithTheHeadingThatLeadsInToThem() {
        assertEquals(List.of("Der Text des Artikels."), kept(
                text("Der Text des Artikels."),
                heading("Das könnte Sie auch interessieren"),
                link("Pegel in Meißen steigt weiter"),
                link("So schützen Sie Ihren Keller")));
    }

    @Test
    void shouldKeepAHeadingBeforeText() {
        assertEquals(List.of("Was Anwohner tun sollten", "Keller räumen."), kept(
                heading("Was Anwohner tun sollten"), text("Keller räumen.")));
    }

    @Test
    void shouldDropFurnitureCreditsDatesAndLinesAboutTheArticle() {
        assertEquals(List.of(), kept(
                text("Teilen"), text("Mehr zum Thema:"), text("Zobacz także"), text("Anzeige"),
                text("Foto: dpa"), text("(Quelle: Unsplash/Max Muster)"), text("Bild: Stefan Müller"),
                text("17.09.2024, 08:30 Uhr"), text("20:37"),
                text("Aktualisiert am 17. September 2024"), text("Kategorie: Lokales"), text("Tel.: 0351 123456"),
                text("Von Anna Beispiel"), text("By John Smith and Jane Doe")));
    }

    @Test
    void shouldKeepSentencesThatStartLikeFurniture() {
        List<String> sentences = List.of(
                "Von Montag an gilt die neue Regel",
                "Teilen Sie Ihre Meinung mit uns, schreiben Sie an die Redaktion.",
                "Stand der Dinge ist, dass niemand zahlen will.",
                "Foto- und Filmaufnahmen sind im Gericht verboten, sagte die Sprecherin am Dienstag.");
        assertEquals(sentences, kept(sentences.stream().map(BlockFilterTest::text).toArray(TextBlock[]::new)));
    }
}
