package dev.newsflow.enrich.near;

/**
 * When one paragraph counts as a near copy of another: both long enough, the same numbers, and
 * word-pair Jaccard similarity at or over the threshold. A short paragraph ("Kommentare",
 * "Lesezeit 5 Minuten") is only ever an exact duplicate: a few shared words say nothing.
 *
 * @param threshold minimum Jaccard similarity of the word pairs
 * @param minWords paragraphs with fewer words are never near copies
 */
public record NearCopy(double threshold, int minWords) {

    public static final double DEFAULT_THRESHOLD = 0.7;
    public static final int DEFAULT_MIN_WORDS = 8;

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
        double jaccard = a.jaccard(b);
        return jaccard >= threshold ? jaccard : -1;
    }
}
