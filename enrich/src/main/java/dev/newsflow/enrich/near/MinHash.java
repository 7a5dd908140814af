package dev.newsflow.enrich.near;

import java.util.ArrayList;
import java.util.List;

/**
 * Locality-sensitive band keys over min-hashes: two paragraphs share at least one band key with
 * probability 1 - (1 - J^rows)^bands, where J is the Jaccard similarity of their word sets.
 * With 12 bands of 3 rows: 0.9998 at J = 0.8, 0.994 at J = 0.7, 0.95 at J = 0.6, and 0.09 at J = 0.2,
 * so candidates are found for near copies and seldom for unrelated paragraphs; every candidate is
 * verified on the exact Jaccard similarity before anything is dropped. Three rows rather than
 * two: with two, a band of two very common words ("die", "und") would gather a large share of
 * all paragraphs.
 */
public final class MinHash {

    public static final int BANDS = 12;
    public static final int ROWS = 3;

    private static final long[] SEEDS = seeds(BANDS * ROWS);

    private MinHash() {}

    /** One key per band; the band number is part of the key, so bands never collide with each other. */
    public static List<String> bandKeys(Shingles shingles) {
        List<String> keys = new ArrayList<>(BANDS);
        if (shingles.hashes().length == 0) {
            return keys;
        }
        int[] mins = minima(shingles.hashes());
        for (int band = 0; band < BANDS; band++) {
            StringBuilder key = new StringBuilder("b").append(band);
            for (int row = 0; row < ROWS; row++) {
                key.append(':').append(Integer.toHexString(mins[band * ROWS + row]));
            }
            keys.add(key.toString());
        }
        return keys;
    }

    private static int[] minima(int[] hashes) {
        int[] mins = new int[SEEDS.length];
        for (int f = 0; f < SEEDS.length; f++) {
            int min = Integer.MAX_VALUE;
            for (int h : hashes) {
                min = Math.min(min, permute(h, SEEDS[f]));
            }
            mins[f] = min;
        }
        return mins;
    }

    /** A different hash function per seed: the shingle hash re-mixed with the seed. */
    private static int permute(int hash, long seed) {
        long z = (hash & 0xffffffffL) ^ seed;
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return (int) (z ^ (z >>> 33));
    }

    private static long[] seeds(int n) {
        // fixed seeds (SplitMix64 steps): keys must be the same in every instance and every release
        long[] seeds = new long[n];
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < n; i++) {
            x += 0x9E3779B97F4A7C15L;
            long z = x;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            seeds[i] = z ^ (z >>> 31);
        }
        return seeds;
    }
}
