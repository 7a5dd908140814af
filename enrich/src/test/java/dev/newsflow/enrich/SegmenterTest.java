package dev.newsflow.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    @Test
    void shouldSplitOnBlankLines() {
        assertEquals(List.of("Erster Absatz.", "Zweiter Absatz."),
                Segmenter.segment("Erster Absatz.\n\n\nZweiter Absatz.\n"));
    }

    @Test
    void shouldTreatEachLineAsAParagraphWithoutBlankLines() {
        assertEquals(List.of("Schlagzeile ohne Punkt", "Der erste Satz.", "Bildunterschrift"),
                Segmenter.segment("Schlagzeile ohne Punkt\nDer erste Satz.\nBildunterschrift"));
    }

    @Test
    void shouldJoinHardWrappedLines() {
        assertEquals(List.of("Kyrylo Budanow, der Chef des Geheimdiensts HUR, sprach von 11.000 Soldaten,"
                        + " die bereits ab November einsatzbereit sein könnten.", "Neuer Absatz."),
                Segmenter.segment("Kyrylo Budanow, der Chef des Geheimdiensts HUR,\nsprach von 11.000 Soldaten,\n"
                        + "die bereits ab November einsatzbereit sein könnten.\nNeuer Absatz."));
    }

    @Test
    void shouldNotJoinALineThatEndsASentenceOrALineStartingInUpperCase() {
        assertEquals(List.of("Er sagte: „Ja.“", "danach nichts.", "Ohne Punkt", "Großes Wort"),
                Segmenter.segment("Er sagte: „Ja.“\ndanach nichts.\nOhne Punkt\nGroßes Wort"));
    }

    @Test
    void shouldTreatCrLfAndCrAsLineEnds() {
        List<String> expected = List.of("Titel", "Erster Satz, der weitergeht und endet.", "Zweiter.");
        assertEquals(expected, Segmenter.segment("Titel\r\nErster Satz,\r\nder weitergeht und endet.\r\n\r\nZweiter.\r\n"));
        assertEquals(expected, Segmenter.segment("Titel\rErster Satz,\rder weitergeht und endet.\r\rZweiter."));
    }

    @Test
    void shouldTrimLinesAndIgnoreWhitespaceOnlyLines() {
        assertEquals(List.of("Eins.", "Zwei."), Segmenter.segment("  Eins.  \n \t \n\u00A0Zwei.\n\n"));
    }
}
