package dev.newsflow.enrich;

import dev.newsflow.enrich.DedupEvent.BandClaim;
import dev.newsflow.enrich.DedupEvent.Claim;
import dev.newsflow.enrich.DedupEvent.Claims;
import dev.newsflow.enrich.near.NearCopy;
import dev.newsflow.enrich.near.Shingles;
import dev.newsflow.model.ParagraphRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the deciding stage looks claims up in, on one partition: the copies of each fingerprint,
 * and the paragraph texts of each similarity band. It is derived from the batches stored on the
 * partition and from nothing else, so that it can be rebuilt from them at any time and comes out
 * the same whatever order they were added in; it is not changelogged (the batches are).
 *
 * <p>What a band keeps: one text per fingerprint, represented by its first copy (in {@link
 * CopyOrder}), and of those the first {@code bucketSize} by that first copy. A paragraph repeated
 * in a thousand articles is one text of its bands, not a thousand, and what a full band keeps
 * does not depend on the order in which its paragraphs arrived. The owner of a fingerprint is its
 * first copy. When the batch of the first copy expires, the next copy takes its place: a
 * paragraph is forgotten only when no copy of it has been seen for the retention.
 *
 * <p>Band keys are looked up by a 64-bit hash: two bands that collide only add candidates,
 * each of which is verified on its similarity before anything is called a copy.
 *
 * <p>It lives in the heap, so its memory grows with the articles retained, like the stores on
 * disk, and is bounded by the retention: measured with 4 partitions in one process, about 45 KB
 * per retained article (the topology stage's heap grew by 1 GB at 20,000 articles, against 162 MB
 * before the batch layout, whose lookups were RocksDB stores under a fixed memory budget). Word
 * sets and fingerprints are {@link Shared} by the tasks of a process; more instances split it.
 */
final class ClaimIndex {

    /**
     * A paragraph of a stored batch, ordered by {@link CopyOrder}. {@code shingles} is its word
     * set where it claimed bands here, else null.
     */
    record Copy(String articleId, Instant ingestedAt, int index, Shingles shingles) {

        ParagraphRef ref() {
            return new ParagraphRef(articleId, index);
        }
    }

    static final Comparator<Copy> ORDER = (a, b) -> CopyOrder.compare(a.ingestedAt(), a.articleId(), a.index(),
            b.ingestedAt(), b.articleId(), b.index());

    /** One paragraph text (fingerprint) of the similarity bands on this partition, with all its copies. */
    static final class Text {

        private final String fingerprint;
        private final long[] bands;
        /** A {@link Copy}, or several as a sorted {@code Copy[]}: most texts have one. */
        private Object copies;
        // what the words of all copies sum up to (a fingerprint is one set of normalised words), kept
        // here so that a band's unrelated texts are rejected without reading their copies' words
        private final int words;
        private final int numbers;
        private final long countsLow;
        private final long countsHigh;

        private Text(String fingerprint, long[] bands, Copy copy) {
            this.fingerprint = fingerprint;
            this.bands = bands;
            this.copies = copy;
            Shingles shingles = copy.shingles();
            this.words = shingles.hashes().length;
            this.numbers = shingles.numbers().hashCode();
            this.countsLow = shingles.countsLow();
            this.countsHigh = shingles.countsHigh();
        }

        String fingerprint() {
            return fingerprint;
        }

        /** The copy the bands keep: the first. */
        Copy first() {
            return copies instanceof Copy one ? one : ((Copy[]) copies)[0];
        }
    }

    private static final Comparator<Text> BY_FIRST_COPY = (a, b) -> ORDER.compare(a.first(), b.first());

    /**
     * The texts of a band with more than one, in the order of their first copies, and beside them
     * what each text's words sum up to, side by side in one array: a claim on a band of hundreds
     * of texts (templates) reads them in a row instead of visiting each text where it lies. Grown
     * in place, like a list: a template's band takes a text at its end at nearly every article.
     */
    private static final class Band {

        private static final int LONGS = 3;

        private Text[] texts;
        /** Per text: words and the hash of its numbers in one long, then its two longs of counts. */
        private long[] summaries;
        private int size;

        private Band(Text a, Text b) {
            texts = new Text[4];
            summaries = new long[4 * LONGS];
            add(a);
            add(b);
        }

        /** Adds a text in its place by first copy (after texts with an equal one). */
        Band add(Text text) {
            if (size == texts.length) {
                texts = Arrays.copyOf(texts, size * 2);
                summaries = Arrays.copyOf(summaries, size * 2 * LONGS);
            }
            int at = size;
            while (at > 0 && BY_FIRST_COPY.compare(texts[at - 1], text) > 0) {
                at--;
            }
            System.arraycopy(texts, at, texts, at + 1, size - at);
            System.arraycopy(summaries, at * LONGS, summaries, (at + 1) * LONGS, (size - at) * LONGS);
            texts[at] = text;
            summaries[at * LONGS] = (long) text.words << 32 | (text.numbers & 0xFFFFFFFFL);
            summaries[at * LONGS + 1] = text.countsLow;
            summaries[at * LONGS + 2] = text.countsHigh;
            size++;
            return this;
        }

        /** Takes a text out (by identity): the one text left where one is, else this band. */
        Object remove(Text text) {
            int at = 0;
            while (at < size && texts[at] != text) {
                at++;
            }
            if (at == size) {
                return this;
            }
            if (size == 2) {
                return texts[1 - at];
            }
            System.arraycopy(texts, at + 1, texts, at, size - at - 1);
            System.arraycopy(summaries, (at + 1) * LONGS, summaries, at * LONGS, (size - at - 1) * LONGS);
            texts[--size] = null;
            if (size * 4 < texts.length && texts.length > 4) {
                texts = Arrays.copyOf(texts, texts.length / 2);
                summaries = Arrays.copyOf(summaries, texts.length * LONGS);
            }
            return this;
        }
    }

    private static final Text[] NO_TEXTS = new Text[0];
    private static final Copy[] NO_COPIES = new Copy[0];

    /** A stored batch, as the index needs it to take the batch out again. */
    private record Batch(String articleId, Instant ingestedAt, String[] exact, Copy[] exactCopies, Text[] near,
                         Copy[] nearCopies) {}

    private final int bucketSize;
    private final Map<String, Batch> batches = new HashMap<>();
    /** By fingerprint: a {@link Copy}, or several as a sorted {@code Copy[]}. */
    private final Map<String, Object> owners = new HashMap<>();
    /** By band: a {@link Text}, or several as a {@link Band}. */
    private final LongKeyedMap<Object> bands = new LongKeyedMap<>();

    ClaimIndex(int bucketSize) {
        this.bucketSize = bucketSize;
    }

    /** The first copy of a fingerprint among the batches, or null. */
    Copy owner(String fingerprint) {
        Object copies = owners.get(fingerprint);
        return copies == null ? null : copies instanceof Copy one ? one : ((Copy[]) copies)[0];
    }

    /**
     * The texts a band keeps that may be near copies of a paragraph (see {@link
     * NearCopy#mayBeNearCopies}), in the order of their first copies.
     */
    List<Text> candidates(String band, Shingles paragraph, NearCopy rule) {
        Object kept = bands.get(hash(band));
        if (kept == null) {
            return List.of();
        }
        if (kept instanceof Text one) {
            return rule.mayBeNearCopies(paragraph, one.words, one.numbers, one.countsLow, one.countsHigh)
                    ? List.of(one) : List.of();
        }
        Band texts = (Band) kept;
        List<Text> candidates = new ArrayList<>(4);
        long[] summaries = texts.summaries;
        for (int i = 0, end = Math.min(texts.size, bucketSize); i < end; i++) {
            long words = summaries[i * Band.LONGS];
            if (rule.mayBeNearCopies(paragraph, (int) (words >>> 32), (int) words, summaries[i * Band.LONGS + 1],
                    summaries[i * Band.LONGS + 2])) {
                candidates.add(texts.texts[i]);
            }
        }
        return candidates;
    }

    /** The texts a band keeps, in the order of their first copies: at most {@code bucketSize}. For tests. */
    List<Text> band(String band) {
        Object kept = bands.get(hash(band));
        if (kept == null) {
            return List.of();
        }
        if (kept instanceof Text one) {
            return List.of(one);
        }
        Band texts = (Band) kept;
        return Arrays.asList(texts.texts).subList(0, Math.min(texts.size, bucketSize));
    }

    int size() {
        return batches.size();
    }

    /** The articles whose batches were ingested before {@code cutoff}. */
    List<String> ingestedBefore(Instant cutoff) {
        List<String> old = new ArrayList<>();
        for (Batch batch : batches.values()) {
            if (batch.ingestedAt().isBefore(cutoff)) {
                old.add(batch.articleId());
            }
        }
        return old;
    }

    /** Adds a stored batch, in place of the article's batch before (a replay). */
    void add(Claims claims) {
        remove(claims.articleId());
        String articleId = claims.articleId();
        Instant ingestedAt = claims.ingestedAt();
        String[] exact = new String[claims.exact().size()];
        Copy[] exactCopies = new Copy[exact.length];
        for (int i = 0; i < exact.length; i++) {
            Claim claim = claims.exact().get(i);
            exact[i] = Shared.FINGERPRINTS.of(claim.fingerprint());
            exactCopies[i] = new Copy(articleId, ingestedAt, claim.index(), null);
            owners.put(exact[i], with(owners.get(exact[i]), exactCopies[i]));
        }
        List<Text> near = new ArrayList<>();
        List<Copy> nearCopies = new ArrayList<>();
        List<BandClaim> bandClaims = claims.near();
        for (int from = 0; from < bandClaims.size(); ) {
            int to = from;
            BandClaim paragraph = bandClaims.get(from);
            while (to < bandClaims.size() && bandClaims.get(to).index() == paragraph.index()) {
                to++;
            }
            Copy copy = new Copy(articleId, ingestedAt, paragraph.index(), Shared.wordSet(paragraph.shingles()));
            near.add(addCopy(paragraph.fingerprint(), bandsOf(bandClaims.subList(from, to)), copy));
            nearCopies.add(copy);
            from = to;
        }
        batches.put(articleId, new Batch(articleId, ingestedAt, exact, exactCopies, near.toArray(NO_TEXTS),
                nearCopies.toArray(NO_COPIES)));
    }

    /** Takes an article's batch out; false if it had none here. */
    boolean remove(String articleId) {
        Batch batch = batches.remove(articleId);
        if (batch == null) {
            return false;
        }
        for (int i = 0; i < batch.exact().length; i++) {
            String fingerprint = batch.exact()[i];
            Object left = without(owners.get(fingerprint), batch.exactCopies()[i]);
            if (left == null) {
                owners.remove(fingerprint);
            } else {
                owners.put(fingerprint, left);
            }
        }
        for (int i = 0; i < batch.near().length; i++) {
            removeCopy(batch.near()[i], batch.nearCopies()[i]);
        }
        return true;
    }

    private Text addCopy(String fingerprint, long[] bandsHere, Copy copy) {
        String shared = Shared.FINGERPRINTS.of(fingerprint);
        Text text = find(shared, bandsHere);
        if (text == null) {
            text = new Text(shared, bandsHere, copy);
            for (long band : text.bands) {
                bands.put(band, withText(bands.get(band), text));
            }
            return text;
        }
        Copy firstBefore = text.first();
        text.copies = with(text.copies, copy);
        if (text.first() != firstBefore) {
            reorder(text);
        }
        return text;
    }

    /**
     * The text of a fingerprint, found in the smallest of its bands: every text is in all of its
     * bands here, so an empty one says it is new, and a template's band of thousands of texts is
     * searched only where all of them are that large. Fingerprints are {@link Shared}, so the same
     * one is the same object.
     */
    private Text find(String fingerprint, long[] bandsOfText) {
        Object kept = null;
        int smallest = Integer.MAX_VALUE;
        for (long band : bandsOfText) {
            Object texts = bands.get(band);
            int size = texts == null ? 0 : texts instanceof Text ? 1 : ((Band) texts).size;
            if (size < smallest) {
                kept = texts;
                smallest = size;
            }
            if (size == 0) {
                return null;
            }
        }
        if (kept instanceof Text one) {
            return one.fingerprint == fingerprint ? one : null;
        }
        if (kept != null) {
            Band texts = (Band) kept;
            for (int i = 0; i < texts.size; i++) {
                if (texts.texts[i].fingerprint == fingerprint) {
                    return texts.texts[i];
                }
            }
        }
        return null;
    }

    private void removeCopy(Text text, Copy copy) {
        Copy firstBefore = text.first();
        Object left = without(text.copies, copy);
        if (left == null) {
            for (long band : text.bands) {
                Object kept = withoutText(bands.get(band), text);
                if (kept == null) {
                    bands.remove(band);
                } else {
                    bands.put(band, kept);
                }
            }
            return;
        }
        text.copies = left;
        if (text.first() != firstBefore) {
            reorder(text);
        }
    }

    /** Moves a text whose first copy changed to its place in each of its bands. */
    private void reorder(Text text) {
        for (long band : text.bands) {
            bands.put(band, withText(withoutText(bands.get(band), text), text));
        }
    }

    private static long[] bandsOf(List<BandClaim> claims) {
        long[] hashes = new long[claims.size()];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = hash(claims.get(i).band());
        }
        return hashes;
    }

    /** 64 bits of a band key: letters, digits and colons, hashed as {@link String#hashCode()} is, wider. */
    static long hash(String band) {
        long h = 1125899906842597L;
        for (int i = 0; i < band.length(); i++) {
            h = 31 * h + band.charAt(i);
        }
        return h ^ (h >>> 29);
    }

    /** One copy more: a single copy stays unwrapped. */
    private static Object with(Object copies, Copy copy) {
        if (copies == null) {
            return copy;
        }
        return inserted(copies instanceof Copy one ? new Copy[] {one} : (Copy[]) copies, copy, ORDER);
    }

    private static Object withText(Object texts, Text text) {
        if (texts == null) {
            return text;
        }
        return texts instanceof Text one ? new Band(one, text) : ((Band) texts).add(text);
    }

    private static Object withoutText(Object texts, Text text) {
        if (texts == null || texts == text) {
            return null;
        }
        return texts instanceof Band band ? band.remove(text) : texts;
    }

    /** One element (by identity) fewer: null where none is left, unwrapped where one is. */
    private static Object without(Object elements, Object gone) {
        if (elements == null || elements == gone) {
            return null;
        }
        if (!(elements instanceof Object[] array)) {
            return elements;
        }
        Object[] fewer = without(array, gone);
        return fewer == null ? null : fewer.length == 1 ? fewer[0] : fewer;
    }

    /** A sorted array with one more element in its place (after equal ones). */
    private static <T> T[] inserted(T[] sorted, T element, Comparator<? super T> order) {
        int at = sorted.length;
        while (at > 0 && order.compare(sorted[at - 1], element) > 0) {
            at--;
        }
        T[] more = Arrays.copyOf(sorted, sorted.length + 1);
        System.arraycopy(sorted, at, more, at + 1, sorted.length - at);
        more[at] = element;
        return more;
    }

    /** The array without the element (by identity); null where nothing is left, which drops a map entry. */
    private static <T> T[] without(T[] elements, T gone) {
        if (elements == null) {
            return null;
        }
        for (int i = 0; i < elements.length; i++) {
            if (elements[i] == gone) {
                if (elements.length == 1) {
                    return null;
                }
                T[] fewer = Arrays.copyOf(elements, elements.length - 1);
                System.arraycopy(elements, i + 1, fewer, i, elements.length - i - 1);
                return fewer;
            }
        }
        return elements;
    }

    /** For tests: how many bands the index holds. */
    int bands() {
        return bands.size();
    }
}
