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
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimIndexTest {

    @TempDir
    Path directories;
    private final List<ClaimIndex> opened = new ArrayList<>();

    /** An index with the store of batches beside it, as the deciding stage keeps them. */
    private final class Indexed {

        private final ClaimIndex index;
        private final Map<String, Claims> stored = new HashMap<>();
        private long writes;
        /** Whether a batch is applied as the deciding stage applies it: with what its lookup read ahead. */
        private boolean readAhead;

        Indexed(ClaimIndex index) {
            this.index = index;
        }

        Indexed readingAhead() {
            readAhead = true;
            return this;
        }

        void add(Claims batch) {
            if (!readAhead) {
                index.apply(stored.put(batch.articleId(), batch), batch, ++writes);
                return;
            }
            ClaimIndex.Lookup lookup = index.lookup(batch);
            lookup.close();
            index.apply(stored.put(batch.articleId(), batch), batch, ++writes, lookup);
        }

        boolean remove(String articleId) {
            Claims before = stored.remove(articleId);
            index.apply(before, null, ++writes);
            return before != null;
        }

        ClaimIndex.Copy owner(String fingerprint) {
            return index.owner(fingerprint);
        }

        List<ClaimIndex.Text> band(String band) {
            return index.band(band);
        }

        int bands() {
            return index.bands();
        }

        int size() {
            return stored.size();
        }
    }

    private Indexed index(int bucketSize) {
        ClaimIndex index = new ClaimIndex("claim-index", bucketSize);
        index.open(directories.resolve("index-" + opened.size()));
        opened.add(index);
        return new Indexed(index);
    }

    @AfterEach
    void close() {
        opened.forEach(ClaimIndex::close);
    }

    private static final Instant T0 = Instant.parse("2026-11-22T01:00:00Z");
    private static final String AGENCY = "Die Berichte über die Verlegung nordkoreanischer Truppen nach Russland wurden aus "
            + "Russland derweil bisher nicht dementiert, berichtete die Nachrichtenagentur am Abend.";
    private static final String OTHER = "Der Außenminister Sergej Lawrow traf am Montag in Moskau den chinesischen "
            + "Amtskollegen Wang Yi zu Gesprächen über die Lage in der Region.";

    @Test
    void shouldRememberOnlyTheFirstOfParagraphsWithTheSameTextWhateverOrderTheyArriveIn() {
        Indexed index = index(512);
        index.add(batch("second", T0.plusSeconds(60), 1, AGENCY));
        index.add(batch("third", T0.plusSeconds(120), 1, AGENCY));
        index.add(batch("first", T0, 1, AGENCY));

        for (String band : MinHash.bandKeys(Shingles.of(AGENCY))) {
            assertEquals(List.of("first"), firstCopies(index, band), band);
        }
        assertEquals("first", index.owner(Fingerprinter.fingerprint(AGENCY)).articleId());
    }

    @Test
    void shouldOrderCopiesOfTheSameTimeByArticleIdAsStringsCompareWhateverItsCharacters() {
        Indexed index = index(512);
        List<String> ids = new ArrayList<>(List.of("b", "a", "ab", "a\u0000", "A", "~", "\u007f", "\u0080", "é",
                "\uD83D\uDE00", "\uFFFF", "\uE000", "zz", "z\u007e"));
        Collections.shuffle(ids, new Random(3));
        ids.forEach(id -> index.add(batch(id, T0, 1, AGENCY)));
        String band = MinHash.bandKeys(Shingles.of(AGENCY)).get(0);

        List<String> sorted = ids.stream().sorted().toList();
        for (String first : sorted) {
            assertEquals(first, index.owner(Fingerprinter.fingerprint(AGENCY)).articleId());
            assertEquals(List.of(first), firstCopies(index, band));
            index.remove(first);
        }
        assertNull(index.owner(Fingerprinter.fingerprint(AGENCY)));
    }

    @Test
    void shouldLetTheNextCopyStandForATextWhenTheFirstIsRemoved() {
        Indexed index = index(512);
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
        Indexed index = index(512);
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
            Indexed index = index(3);
            batches.forEach(index::add);
            seen.add(firstCopies(index, band));
        }
        seen.forEach(kept -> assertEquals(List.of("article-0", "article-1", "article-2"), kept));
    }

    @Test
    void shouldHoldWhatAnIndexBuiltFromTheRemainingBatchesHoldsAfterAnyAddsAndRemovals() {
        assertSameAsRebuiltAfterRandomChanges(index(4));
    }

    /**
     * As the deciding stage applies a batch: with the band values and the first copy of each text
     * that its lookup read, which the change reads instead of the index until it writes them itself
     * (a replay takes its texts out of bands it puts them back in, and its copies out of the texts;
     * two paragraphs of a batch may share a band, or a text).
     */
    @Test
    void shouldHoldTheSameWhenEachBatchIsAppliedWithWhatItsLookupReadAhead() {
        assertSameAsRebuiltAfterRandomChanges(index(4).readingAhead());
    }

    private void assertSameAsRebuiltAfterRandomChanges(Indexed live) {
        Random random = new Random(11);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            texts.add(AGENCY + " " + "wort".repeat(i % 4 + 1) + " " + i);
        }
        List<String> bandKeys = List.of("b0:1:1:1", "b1:2:2:2", "b2:3:3:3", "b3:4:4:4", "b4:5:5:5");
        Map<String, Claims> stored = new java.util.TreeMap<>();
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

        Indexed rebuilt = index(4);
        stored.values().forEach(rebuilt::add);
        for (String band : bandKeys) {
            assertEquals(firstCopiesAndTexts(rebuilt, band), firstCopiesAndTexts(live, band), band);
        }
        for (String text : texts) {
            String fingerprint = Fingerprinter.fingerprint(text);
            assertEquals(rebuilt.owner(fingerprint), live.owner(fingerprint), text);
        }
    }

    private static List<String> firstCopiesAndTexts(Indexed index, String band) {
        return index.band(band).stream().map(text -> text.fingerprint() + "@" + text.first()).toList();
    }

    private static List<String> firstCopies(Indexed index, String band) {
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
