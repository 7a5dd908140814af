package dev.newsflow.measure.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsflow.enrich.near.MinHash;
import dev.newsflow.enrich.near.NearCopy;
import dev.newsflow.enrich.near.Shingles;
import dev.newsflow.model.Article;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The band search run again beside the topology, on articles made up here. */
class BandCandidatesTest {

    private static final String ORIGINAL = "Die Nato hat angesichts der Berichte über einen möglicherweise bevorstehenden "
            + "Einsatz nordkoreanischer Truppen im russischen Krieg gegen die Ukraine Besorgnis bekundet.";
    private static final String NEAR = ORIGINAL.replace("möglicherweise ", "") + " (Archivbild)";
    private static final String OTHER = "Der Bundestag hat am Donnerstag nach langer Debatte ein neues Gesetz über "
            + "die Förderung erneuerbarer Energien in ländlichen Regionen beschlossen.";

    @Test
    void shouldCountWhatEachBandClaimReadsAndWhatOfItIsSimilar() {
        BandCandidates bands = BandCandidates.of(List.of(article("a", 0, ORIGINAL), article("b", 1, NEAR)),
                NearCopy.defaults(), 512);

        int shared = sharedBands(ORIGINAL, NEAR);
        assertEquals(new BandCandidates(2L * MinHash.BANDS, shared, shared), bands);
    }

    @Test
    void shouldClaimNothingForARepeatWithinTheArticleNorForAShortParagraph() {
        BandCandidates bands = BandCandidates.of(List.of(article("a", 0, ORIGINAL, "Kurz und knapp.", ORIGINAL, NEAR, OTHER)),
                NearCopy.defaults(), 512);

        assertEquals(2L * MinHash.BANDS, bands.claims());
        assertEquals(0, bands.similar());
    }

    @Test
    void shouldRememberOneParagraphPerTextInABand() {
        BandCandidates bands = BandCandidates.of(List.of(article("a", 0, ORIGINAL), article("b", 1, ORIGINAL),
                article("c", 2, ORIGINAL)), NearCopy.defaults(), 512);

        assertEquals(new BandCandidates(3L * MinHash.BANDS, 2L * MinHash.BANDS, 2L * MinHash.BANDS), bands);
    }

    private static int sharedBands(String a, String b) {
        Set<String> keys = new HashSet<>(MinHash.bandKeys(Shingles.of(a)));
        keys.retainAll(MinHash.bandKeys(Shingles.of(b)));
        return keys.size();
    }

    private static Article article(String id, int second, String... paragraphs) {
        return new Article(id, id, null, String.join("\n\n", paragraphs), null, Instant.ofEpochSecond(second), "text/plain");
    }
}
