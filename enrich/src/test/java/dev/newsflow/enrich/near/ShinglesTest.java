package dev.newsflow.enrich.near;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShinglesTest {

    @Test
    void shouldSplitWordsAfterNormalisationKeepingNumbersWhole() {
        assertEquals(List.of("kim", "jong", "un", "schickt", "1.500", "soldaten", "3,5", "km"),
                Shingles.words("Kim Jong-un schickt 1.500 Soldaten – 3,5 km."));
    }

    @Test
    void shouldTreatSpellingVariantsOfNamesAsTheSameWords() {
        assertEquals(1.0, Shingles.of("Wladimir Putin und Kim Jong-un stoßen an.")
                .jaccard(Shingles.of("Wladimir Putin und Kim Jong Un stoßen an.")));
    }

    @Test
    void shouldMeasureSharedWordPairs() {
        Shingles a = Shingles.of("eins zwei drei vier fünf");
        Shingles b = Shingles.of("eins zwei drei vier sechs");
        assertEquals(3.0 / 5.0, a.jaccard(b), 1e-9, "3 shared pairs of 5 distinct ones");
    }

    @Test
    void shouldCollectTheNumbersInOrder() {
        assertEquals("10.000 18", Shingles.of("Rund 10.000 Soldaten, davon 18 geflohen").numbers());
        assertTrue(Shingles.of("Keine Zahl hier").numbers().isEmpty());
    }
}
