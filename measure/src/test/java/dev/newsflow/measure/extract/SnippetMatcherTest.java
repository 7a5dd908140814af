package dev.newsflow.measure.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetMatcherTest {

    @Test
    void shouldCollapseWhiteSpaceAsPythonsSplitDoes() {
        assertEquals("a b c d", SnippetMatcher.normalise(" a\t\tb\n\nc\u00A0\u2009d \u3000"));
        assertEquals("a\u200Bb", SnippetMatcher.normalise("a\u200Bb"), "a zero-width space is not white space");
    }

    @Test
    void shouldCountFoundAndMissedSnippets() {
        String text = "Erster Absatz des Artikels.\n\nZweiter   Absatz.";

        SnippetMatcher.PageScore score = SnippetMatcher.score(text,
                List.of("des Artikels. Zweiter Absatz", "fehlt"), List.of("Impressum", "Zweiter\nAbsatz"));

        assertEquals(new SnippetCounts(1, 1, 1, 1), score.counts());
        assertEquals(List.of("fehlt"), score.missed());
        assertEquals(List.of("Zweiter\nAbsatz"), score.leftIn());
    }

    @Test
    void shouldComputeTheBenchmarksFigures() {
        SnippetCounts counts = new SnippetCounts(90, 10, 5, 95);

        assertEquals(90.0 / 95, counts.precision(), 1e-12);
        assertEquals(0.9, counts.recall(), 1e-12);
        assertEquals(185.0 / 200, counts.accuracy(), 1e-12);
        assertEquals(180.0 / 195, counts.f1(), 1e-12);
        assertEquals(0, SnippetCounts.ZERO.f1());
    }
}
