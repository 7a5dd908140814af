package dev.newsflow.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.enrich.DedupEvent.BandClaim;
import dev.newsflow.enrich.DedupEvent.Claim;
import dev.newsflow.enrich.DedupEvent.Claims;
import dev.newsflow.enrich.near.MinHash;
import dev.newsflow.enrich.near.Shingles;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClaimIndexTest {

    private static final Instant T0 = Instant.parse("2026-11-22T01:00:00Z");
    private static final String AGENCY = "Die Berichte über die Verlegung nordkoreanischer Truppen nach Russland wurden aus "
            + "Russland derweil bisher nicht dementiert, berichtete die Nachrichtenagentur am Abend.";
    private static final String OTHER = "Der Außenminister Sergej Lawrow traf am Montag in Moskau den chinesischen "
            + "Amtskollegen Wang Yi zu Gesprächen über die Lage in der Region.";

    @Test
    void shouldRememberOnlyTheFirstOfParagraphsWithTheSameTextWhateverOrderTheyArriveIn() {
        ClaimIndex index = new ClaimIndex(512);
        index.add(batch("second", T0.plusSeconds(60), 1, AGENCY));
        index.add(batch("third", T0.plusSeconds(120), 1, AGENCY));
        index.add(batch("first", T0, 1, AGENCY));

        for (String band : MinHash.bandKeys(Shingles.of(AGENCY))) {
            assertEquals(List.of("first"), firstCopies(index, band), band);
        }
        assertEquals("first", index.owner(Fingerprinter.fingerprint(AGENCY)).articleId());
    }

    @Test
    void shouldLetTheNextCopyStandForATextWhenTheFirstIsRemoved() {
        ClaimIndex index = new ClaimIndex(512);
        index.add(batch("first", T0, 1, AGENCY));
        index.add(batch("second", T0.plusSeconds(60), 3, AGENCY));

        assertTrue(index.remove("first"));

        assertEquals("second", index.owner(Fingerprinter.fingerprint(AGENCY)).articleId());
        assertEquals(3, index.owner(Fingerprinter.fingerprint(AGENCY)).index());
        String band = MinHash.bandKeys(Shingles.of(AGENCY)).get(0);
        assertEquals(List.of("second"), firstCopies(index, band));
        assertTrue(index.remove("second"));
        assertNull(index.owner(Fingerprinter.fingerprint(AGENCY)));
        assertEquals(List.of(), firstCopies(index, band));
        assertEquals(0, index.bands());
        assertFalse(index.remove("second"));
    }

    @Test
    void shouldReplaceAnArticlesBatchWhenItIsAddedAgain() {
        ClaimIndex index = new ClaimIndex(512);
        index.add(batch("a", T0, 1, AGENCY));

        index.add(batch("a", T0, 2, OTHER));

        assertNull(index.owner(Fingerprinter.fingerprint(AGENCY)));
        assertEquals(2, index.owner(Fingerprinter.fingerprint(OTHER)).index());
        assertEquals(1, index.size());
    }

    @Test
    void shouldKeepTheFirstTextsOfAFullBandWhateverOrderTheyArriveIn() {
        String band = "b0:1:2:3";
        List<Claims> batches = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String text = AGENCY + " " + "x".repeat(i + 1); // six texts that share a band
            Shingles shingles = Shingles.of(text);
            batches.add(new Claims("article-" + i, 0, T0.plusSeconds(i), 0, List.of(),
                    List.of(new BandClaim(1, Fingerprinter.fingerprint(text), band, shingles)), List.of(), 1, 1, null));
        }
        List<List<String>> seen = new ArrayList<>();
        for (long seed = 0; seed < 5; seed++) {
            Collections.shuffle(batches, new Random(seed));
            ClaimIndex index = new ClaimIndex(3);
            batches.forEach(index::add);
            seen.add(firstCopies(index, band));
        }
        seen.forEach(kept -> assertEquals(List.of("article-0", "article-1", "article-2"), kept));
    }

    @Test
    void shouldHoldWhatAnIndexBuiltFromTheRemainingBatchesHoldsAfterAnyAddsAndRemovals() {
        Random random = new Random(11);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            texts.add(AGENCY + " " + "wort".repeat(i % 4 + 1) + " " + i);
        }
        List<String> bandKeys = List.of("b0:1:1:1", "b1:2:2:2", "b2:3:3:3", "b3:4:4:4", "b4:5:5:5");
        ClaimIndex live = new ClaimIndex(4);
        java.util.Map<String, Claims> stored = new java.util.TreeMap<>();
        for (int step = 0; step < 3_000; step++) {
            String article = "article-" + random.nextInt(40);
            if (random.nextInt(4) == 0) {
                live.remove(article);
                stored.remove(article);
                continue;
            }
            List<Claim> exact = new ArrayList<>();
            List<BandClaim> near = new ArrayList<>();
            for (int paragraph = 0; paragraph < 1 + random.nextInt(3); paragraph++) {
                int which = random.nextInt(texts.size());
                String text = texts.get(which);
                String fingerprint = Fingerprinter.fingerprint(text);
                exact.add(new Claim(paragraph, fingerprint));
                Shingles shingles = Shingles.of(text);
                // a text's bands follow from its words: the same two for every copy
                near.add(new BandClaim(paragraph, fingerprint, bandKeys.get(which % 5), shingles));
                near.add(new BandClaim(paragraph, fingerprint, bandKeys.get((which + 2) % 5), shingles));
            }
            Claims batch = new Claims(article, step, T0.plusSeconds(random.nextInt(20)), 0, exact, near, List.of(), 1, 1, null);
            live.add(batch);
            stored.put(article, batch);
        }

        ClaimIndex rebuilt = new ClaimIndex(4);
        stored.values().forEach(rebuilt::add);
        for (String band : bandKeys) {
            assertEquals(firstCopiesAndTexts(rebuilt, band), firstCopiesAndTexts(live, band), band);
        }
        for (String text : texts) {
            String fingerprint = Fingerprinter.fingerprint(text);
            assertEquals(rebuilt.owner(fingerprint), live.owner(fingerprint), text);
        }
    }

    private static List<String> firstCopiesAndTexts(ClaimIndex index, String band) {
        return index.band(band).stream().map(text -> text.fingerprint() + "@" + text.first()).toList();
    }

    private static List<String> firstCopies(ClaimIndex index, String band) {
        return index.band(band).stream().map(text -> text.first().articleId()).toList();
    }

    /** The claims of one paragraph of an article, all of them on one partition. */
    private static Claims batch(String articleId, Instant ingestedAt, int paragraph, String text) {
        String fingerprint = Fingerprinter.fingerprint(text);
        Shingles shingles = Shingles.of(text);
        List<BandClaim> near = MinHash.bandKeys(shingles).stream()
                .map(band -> new BandClaim(paragraph, fingerprint, band, shingles)).toList();
        return new Claims(articleId, 0, ingestedAt, 0, List.of(new Claim(paragraph, fingerprint)), near, List.of(), 1, 1, null);
    }
}
