package dev.newsflow.enrich.near;

import dev.newsflow.enrich.Fingerprinter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A paragraph as a set of word pairs (2-shingles), each hashed to 32 bits, plus what near-copy
 * verification needs besides: its words, and its numbers.
 *
 * <p>Words are taken after the fingerprint's normalisation and split at anything that is not a
 * letter or digit, so "Kim Jong-un" and "Kim Jong Un" have the same words. Pairs rather than
 * single words, so that word order counts; pairs rather than triples, so that one changed word
 * costs two shingles, not three.
 *
 * @param hashes sorted, distinct
 * @param numbers the numbers of the paragraph in order, joined; a copy that changes a number
 *     says something else and is not a near copy
 */
public record Shingles(int[] hashes, int words, String numbers) {

    public static Shingles of(String paragraph) {
        List<String> words = words(paragraph);
        int[] hashes = new int[Math.max(words.size() - 1, words.isEmpty() ? 0 : 1)];
        if (words.size() == 1) {
            hashes[0] = mix(words.get(0).hashCode());
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            hashes[i] = mix(words.get(i).hashCode() * 31 + words.get(i + 1).hashCode());
        }
        StringBuilder numbers = new StringBuilder();
        for (String word : words) {
            if (Character.isDigit(word.charAt(0))) {
                numbers.append(word).append(' ');
            }
        }
        return new Shingles(Arrays.stream(hashes).sorted().distinct().toArray(), words.size(), numbers.toString().strip());
    }

    public static List<String> words(String paragraph) {
        String normal = Fingerprinter.normalise(paragraph);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= normal.length(); i++) {
            boolean inWord = i < normal.length() && isWordChar(normal, i);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(normal.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    /** Letters and digits, and a point or comma between digits ("1.500", "3,5"). */
    private static boolean isWordChar(String s, int i) {
        char c = s.charAt(i);
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        return (c == '.' || c == ',') && i > 0 && i + 1 < s.length()
                && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1));
    }

    /** Jaccard similarity of two shingle sets: shared / all. */
    public double jaccard(Shingles other) {
        int[] a = hashes;
        int[] b = other.hashes;
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        int all = a.length + b.length - shared;
        return all == 0 ? 0 : (double) shared / all;
    }

    /** The finaliser of MurmurHash3: spreads String.hashCode's bits so that min-hashing works. */
    static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
