package dev.newsflow.enrich.near;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * When one paragraph counts as a near copy of another: both long enough, the same numbers, no
 * capitalised word swapped for another (spelling variants such as "Selenskyj" and "Selensky"
 * aside), and Jaccard similarity of their words at or over the threshold.
 *
 * <p>Copy-editing changes spelling, credits, quote marks, a word or two; a paragraph built on the
 * same template but about other people, places or figures is news of its own, and dropping it
 * would lose data. German capitalises nouns too, so a copy that swaps one noun for another is
 * kept: a missed copy costs a repeated paragraph, a wrong drop costs news. A short paragraph ("Kommentare", "Lesezeit 5 Minuten") is only ever an exact
 * duplicate: a few shared words say nothing.
 *
 * @param threshold minimum Jaccard similarity of the word pairs
 * @param minWords paragraphs with fewer words are never near copies
 */
public record NearCopy(double threshold, int minWords) {

    public static final double DEFAULT_THRESHOLD = 0.6;
    public static final int DEFAULT_MIN_WORDS = 8;

    static final int MAX_SWAPPED_NAMES = 0;

    public static NearCopy defaults() {
        return new NearCopy(DEFAULT_THRESHOLD, DEFAULT_MIN_WORDS);
    }

    public boolean isLongEnough(Shingles paragraph) {
        return paragraph.words() >= minWords;
    }

    /** The similarity if {@code a} and {@code b} are near copies, else -1. */
    public double similarity(Shingles a, Shingles b) {
        if (!isLongEnough(a) || !isLongEnough(b) || !a.numbers().equals(b.numbers())) {
            return -1;
        }
        if (!mayBeNearCopies(a, b.hashes().length, b.numbers().hashCode(), b.countsLow(), b.countsHigh())) {
            return -1;
        }
        double jaccard = a.jaccard(b);
        // the names last: comparing them costs the most
        return jaccard >= threshold && swappedNames(a.names(), b.names()) <= MAX_SWAPPED_NAMES ? jaccard : -1;
    }

    /**
     * Whether the later of two near copies says something the earlier does not: a sentence that
     * carries news of which fewer than half the content words (function words aside) are in the
     * earlier paragraph. Copy-editing changes a word or three of a sentence, or adds a credit; an
     * outlet that adds a sentence of its own to agency copy adds news, which must be kept however
     * much of the paragraph is the agency's (the sentences of such a paragraph are then checked one
     * by one: {@link dev.newsflow.enrich.Sentences}). Asymmetric on purpose: a copy that leaves a
     * sentence out says nothing new and stays a near copy.
     */
    public boolean addsASentence(Shingles later, Shingles earlier) {
        int[] mine = later.hashes();
        int[] theirs = earlier.hashes();
        for (int[] sentence : later.sentences()) {
            int found = 0;
            for (int at : sentence) {
                if (Arrays.binarySearch(theirs, mine[at]) >= 0) {
                    found++;
                }
            }
            if (2 * found < sentence.length) {
                return true;
            }
        }
        return false;
    }

    /** The similarity if {@code later} is a near copy of {@code earlier} and adds no sentence of its own, else -1. */
    public double copySimilarity(Shingles later, Shingles earlier) {
        double similarity = similarity(later, earlier);
        return similarity >= 0 && addsASentence(later, earlier) ? -1 : similarity;
    }

    /**
     * False where a paragraph cannot be a near copy of another, told from what the other's words
     * sum up to: its number of distinct words, the hash of its numbers, and its counts of words per
     * range of hash values ({@link Shingles#countsLow()}). Cheap, and true for every near copy: it
     * lets an index reject the unrelated paragraphs of a band (99 % of them at 20,000 articles)
     * without reading their words. Bounds divided as {@link Shingles#jaccard} divides, so no pair
     * is decided otherwise.
     */
    public boolean mayBeNearCopies(Shingles a, int otherSize, int otherNumbersHash, long otherLow, long otherHigh) {
        // the shared words are at most the smaller set and the union at least the larger one, so
        // sizes too far apart settle it before the merge of both sets
        int size = a.hashes().length;
        int smaller = Math.min(size, otherSize);
        int larger = Math.max(size, otherSize);
        if (larger > 0 && (double) smaller / larger < threshold) {
            return false;
        }
        if (a.numbers().hashCode() != otherNumbersHash) {
            return false;
        }
        // the words' counts per range of hash values bound the shared words: unrelated paragraphs
        // of like length, which the sizes let through, mostly stop here
        int shared = Shingles.sharedAtMost(a.countsLow(), a.countsHigh(), otherLow, otherHigh);
        return shared < 0 || (double) shared / (size + otherSize - shared) >= threshold;
    }

    /**
     * How many names of one side were swapped for others: names without a counterpart on the
     * other side (not even a respelling), paired with such names there. A name only added or
     * only removed (a credit, a deleted word) is no swap.
     */
    static int swappedNames(String a, String b) {
        if (a.equals(b)) {
            return 0; // most near copies: splitting and pairing the names is most of a comparison's cost
        }
        List<String> onlyA = new ArrayList<>(Arrays.asList(a.split(" ")));
        List<String> onlyB = new ArrayList<>(Arrays.asList(b.split(" ")));
        for (String name : new ArrayList<>(onlyA)) {
            if (onlyB.remove(name)) {
                onlyA.remove(name);
            }
        }
        int unmatchedA = 0;
        for (String name : onlyA) {
            if (!name.isEmpty() && onlyB.stream().noneMatch(other -> isRespelling(name, other))) {
                unmatchedA++;
            }
        }
        int unmatchedB = 0;
        for (String name : onlyB) {
            if (!name.isEmpty() && onlyA.stream().noneMatch(other -> isRespelling(name, other))) {
                unmatchedB++;
            }
        }
        return Math.min(unmatchedA, unmatchedB);
    }

    /**
     * "selenskyj"/"selensky", "putins"/"putin", "pjöngjang"/"pyongyang": two edits apart at most,
     * three for long words, and no short words ("Kim" and "Yoon" are different people).
     */
    static boolean isRespelling(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        int allowed = shorter >= 8 ? 3 : 2;
        return shorter >= 4 && Math.abs(a.length() - b.length()) <= allowed && editDistance(a, b) <= allowed;
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
