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
    void shouldMeasureSharedWords() {
        Shingles a = Shingles.of("eins zwei drei vier fünf");
        Shingles b = Shingles.of("eins vier zwei drei sechs");
        assertEquals(4.0 / 6.0, a.jaccard(b), 1e-9, "4 shared words of 6, whatever their order");
    }

    @Test
    void shouldCountInflectionsAsTheSameWord() {
        assertEquals(1.0, Shingles.of("Putins Armee nordkoreanischen").jaccard(Shingles.of("Putin Armee nordkoreanische")));
    }

    @Test
    void shouldTakeNamesFromCapitalisedWordsButNotFromCredits() {
        assertEquals("kim nordkorea putin soldaten", Shingles.of("Putin schickt Soldaten nach Nordkorea zu Kim. (Archivbild) Foto: AFP").names());
    }

    @Test
    void shouldCollectTheNumbersInOrder() {
        assertEquals("10.000 18", Shingles.of("Rund 10.000 Soldaten, davon 18 geflohen").numbers());
        assertTrue(Shingles.of("Keine Zahl hier").numbers().isEmpty());
    }
}
