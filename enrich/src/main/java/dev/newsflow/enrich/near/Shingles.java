package dev.newsflow.enrich.near;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.newsflow.enrich.Fingerprinter;
import dev.newsflow.enrich.Sentences;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A paragraph as a set of words, each hashed to 32 bits, plus what near-copy verification needs
 * besides: how many words, its numbers, and its names.
 *
 * <p>Words are taken after the fingerprint's normalisation and split at anything that is not a
 * letter or digit, so "Kim Jong-un" and "Kim Jong Un" have the same words; then cut to their
 * first {@value #STEM} letters, so that inflections and respellings ("Putins", "Selensky")
 * count as the same word. Single words rather than word pairs: measured on generated copies,
 * pairs made a swap of two neighbouring words cost three shingles, and copies with three edits
 * fell under any threshold that kept similar paragraphs apart; word order is not what tells
 * news apart, the numbers and names are, and those are checked separately.
 *
 * <p>Its fields: {@code hashes}, sorted and distinct; {@code numbers}, the numbers of the
 * paragraph in order, joined (a copy that changes a number says something else and is not a
 * near copy); {@code names}, the capitalised words (names, and German nouns), normalised, sorted
 * and joined (a copy that swaps one for another is about something else).
 *
 * <p>Not a record, for one reason: the names of a stored paragraph are decoded only when asked
 * for. A claim reads every paragraph of its band, nearly all of them unrelated to it (99 % at
 * 20,000 articles), and only the few whose words are similar enough get their names compared;
 * decoding the names of all of them was a tenth of the stream threads' time.
 */
public final class Shingles {

    private final int[] hashes;
    /** How many word hashes fall in each of 32 ranges of values, 4 bits each; {@link #OVERFLOW} where one has more than 7. */
    private final long countsLow;
    private final long countsHigh;
    private final int words;
    private final String numbers;
    /** Per sentence that carries news, its content words as indexes into {@link #hashes}; see {@link #sentences()}. */
    private final int[][] sentences;
    // decoded at most once, on the stream thread that holds this paragraph: no need to publish it safely
    private Supplier<String> namesLater;
    private String names;

    // as JSON (the internal format before the binary one, still read back from older state) it is
    // what it was as a record: its four fields by name
    @JsonCreator
    public Shingles(@JsonProperty("hashes") int[] hashes, @JsonProperty("words") int words,
            @JsonProperty("numbers") String numbers, @JsonProperty("names") String names,
            @JsonProperty("sentences") int[][] sentences) {
        this.hashes = hashes;
        this.countsLow = counts(hashes, 0);
        this.countsHigh = counts(hashes, 16);
        this.words = words;
        this.numbers = numbers;
        this.names = names;
        this.sentences = sentences == null ? NO_SENTENCES : sentences;
    }

    /** A word set as kept before sentences were: nothing known of its sentences. */
    public Shingles(int[] hashes, int words, String numbers, String names) {
        this(hashes, words, numbers, names, null);
    }

    private Shingles(int[] hashes, int words, String numbers, Supplier<String> names, int[][] sentences) {
        this.hashes = hashes;
        this.countsLow = counts(hashes, 0);
        this.countsHigh = counts(hashes, 16);
        this.words = words;
        this.numbers = numbers;
        this.namesLater = names;
        this.sentences = sentences == null ? NO_SENTENCES : sentences;
    }

    /** Shingles whose names are decoded on first use, as a paragraph read back from a store. */
    public static Shingles withNamesLater(int[] hashes, int words, String numbers, Supplier<String> names,
                                          int[][] sentences) {
        return new Shingles(hashes, words, numbers, names, sentences);
    }

    private static final int[][] NO_SENTENCES = {};

    /** Sorted, distinct. */
    @JsonProperty
    public int[] hashes() {
        return hashes;
    }

    @JsonProperty
    public int words() {
        return words;
    }

    @JsonProperty
    public String numbers() {
        return numbers;
    }

    /**
     * For each sentence of the paragraph that carries news ({@link Sentences#counts}), in order, the
     * sorted indexes into {@link #hashes()} of its words that are not function words: what a near
     * copy is checked against, so that a copy with a sentence of its own added is not taken for a
     * copy-edit ({@link NearCopy#addsASentence}). Empty where no sentence counts, and for a word set
     * stored before sentences were kept.
     */
    @JsonProperty
    public int[][] sentences() {
        return sentences;
    }

    @JsonProperty
    public String names() {
        if (namesLater != null) {
            names = namesLater.get();
            namesLater = null;
        }
        return names;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Shingles other && words == other.words && Arrays.equals(hashes, other.hashes)
                && Objects.equals(numbers, other.numbers) && Objects.equals(names(), other.names())
                && Arrays.deepEquals(sentences, other.sentences);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(hashes), words, numbers, names(), Arrays.deepHashCode(sentences));
    }

    @Override
    public String toString() {
        return "Shingles[" + hashes.length + " word hashes, words=" + words + ", numbers=" + numbers + ", names=" + names()
                + ", sentences=" + sentences.length + "]";
    }

    // compiled once: String.replaceAll and split compile their pattern on every call, which made a
    // paragraph's shingles cost 20 times its normalisation (SignatureBenchmark)
    private static final Pattern ASIDE = Pattern.compile("\\([^)]*\\)");
    private static final Pattern PHOTO_CREDIT = Pattern.compile("(Foto|Bild|Fotos):\\s*\\S+");

    public static Shingles of(String paragraph) {
        return of(paragraph, words(paragraph), Sentences.countingWords(paragraph));
    }

    /**
     * The same, for a paragraph whose {@link #words(String)} are at hand already, and the words of
     * its sentences that carry news ({@link Sentences#countingWords}).
     */
    public static Shingles of(String paragraph, List<String> words, List<List<String>> countingSentences) {
        int[] hashes = words.stream().mapToInt(Shingles::hash).sorted().distinct().toArray();
        StringBuilder numbers = new StringBuilder();
        for (String word : words) {
            if (Character.isDigit(word.charAt(0))) {
                numbers.append(word).append(' ');
            }
        }
        return new Shingles(hashes, words.size(),
                numbers.toString().strip(), String.join(" ", names(paragraph)), sentences(hashes, countingSentences));
    }

    /** A word as it is hashed into the set: its stem, mixed. */
    static int hash(String word) {
        return mix(stem(word).hashCode());
    }

    /** Each sentence's content words, as sorted indexes into the paragraph's hashes. */
    private static int[][] sentences(int[] hashes, List<List<String>> countingSentences) {
        if (countingSentences.isEmpty()) {
            return NO_SENTENCES;
        }
        int[][] sentences = new int[countingSentences.size()][];
        for (int s = 0; s < sentences.length; s++) {
            sentences[s] = countingSentences.get(s).stream().mapToInt(Shingles::hash)
                    .filter(hash -> !MinHash.isFunctionWord(hash))
                    .map(hash -> Arrays.binarySearch(hashes, hash))
                    .filter(at -> at >= 0) // a sentence's words are the paragraph's; a word split otherwise is left out
                    .sorted().distinct().toArray();
        }
        return sentences;
    }

    /**
     * Capitalised words, normalised and sorted: names, and German nouns. Sentence starts too,
     * so that moving words around a full stop leaves the set as it was. Credits do not count.
     */
    static List<String> names(String paragraph) {
        List<String> names = new ArrayList<>();
        String text = withoutCredits(paragraph);
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || isSpace(text.charAt(i));
            if (!space && start < 0) {
                start = i;
            } else if (space && start >= 0) {
                String word = withoutLeadingMarks(text.substring(start, i));
                if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
                    names.addAll(words(word));
                }
                start = -1;
            }
        }
        names.sort(null);
        return names;
    }

    /** What {@code [\\s\\u00A0]} matches: the tokens are what splitting at its runs gives, without a regex. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '\u00A0';
    }

    /**
     * The paragraph without asides in parentheses and photo credits: "(Archivbild)", "(mit
     * Material von Reuters)", "Foto: AFP" name no one the paragraph is about. Each pattern runs
     * only where it can match: run on every paragraph, they took a twentieth of dedup's time.
     */
    private static String withoutCredits(String paragraph) {
        String text = paragraph.indexOf('(') < 0 ? paragraph : ASIDE.matcher(paragraph).replaceAll(" ");
        return text.contains("Foto") || text.contains("Bild") ? PHOTO_CREDIT.matcher(text).replaceAll(" ") : text;
    }

    /** The token from its first letter or digit on: what {@code ^[^\p{L}\p{N}]+} leaves, without a regex per word. */
    private static String withoutLeadingMarks(String token) {
        int i = 0;
        while (i < token.length()) {
            int c = token.codePointAt(i);
            if (Character.isLetter(c) || isNumber(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return token.substring(i);
    }

    /** Unicode category N, as {@code \p{N}}: decimal digits, letter numbers (Ⅻ) and other numbers (½, ²). */
    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    static final int STEM = 5;

    /** A word cut to its first letters; numbers stay whole, since they are facts. */
    static String stem(String word) {
        return word.length() <= STEM || Character.isDigit(word.charAt(0)) ? word : word.substring(0, STEM);
    }

    public static List<String> words(String paragraph) {
        return wordsOfNormalised(Fingerprinter.normalise(paragraph));
    }

    /** The words of a paragraph {@link Fingerprinter#normalise normalised} already. */
    public static List<String> wordsOfNormalised(String normal) {
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

    private static final int RANGES = 32;
    private static final int RANGE_BITS = Integer.numberOfTrailingZeros(RANGES);
    /** The top bit of each 4-bit count: never set in a count (at most 7), so that counts can be compared in place. */
    private static final long GUARDS = 0x8888_8888_8888_8888L;
    private static final long LOW_NIBBLES = 0x0F0F_0F0F_0F0F_0F0FL;
    /** Counts where one range has more than 7 words (a paragraph of hundreds of words): no bound. */
    public static final long OVERFLOW = -1;

    /** The counts of hashes in 16 of the ranges, from {@code first} on, 4 bits each; {@link #OVERFLOW} if one passes 7. */
    private static long counts(int[] hashes, int first) {
        long counts = 0;
        for (int hash : hashes) {
            int range = (hash >>> (32 - RANGE_BITS)) - first;
            if (range >= 0 && range < 16) {
                if (((counts >>> (4 * range)) & 0xF) == 7) {
                    return OVERFLOW;
                }
                counts += 1L << (4 * range);
            }
        }
        return counts;
    }

    /** The counts of word hashes in the lower 16 of 32 ranges of hash values, 4 bits each. */
    public long countsLow() {
        return countsLow;
    }

    public long countsHigh() {
        return countsHigh;
    }

    /**
     * At least as many words as two sets share, from their counts per range of hash values alone:
     * two sets cannot share more words in a range than the smaller of their counts there. -1
     * where a count overflowed, and only the merge can tell.
     */
    public int sharedAtMost(Shingles other) {
        return sharedAtMost(countsLow, countsHigh, other.countsLow, other.countsHigh);
    }

    public static int sharedAtMost(long lowA, long highA, long lowB, long highB) {
        if (lowA == OVERFLOW || highA == OVERFLOW || lowB == OVERFLOW || highB == OVERFLOW) {
            return -1;
        }
        return sumOfMinima(lowA, lowB) + sumOfMinima(highA, highB);
    }

    /** Sixteen 4-bit minima at once: a guard bit per count says which of the two is smaller. */
    private static int sumOfMinima(long a, long b) {
        long aAtLeastB = (((a | GUARDS) - b) & GUARDS) >>> 3; // 1 in a count's lowest bit where a >= b
        long takeB = aAtLeastB * 0xF;
        long minima = (b & takeB) | (a & ~takeB);
        long bytes = (minima & LOW_NIBBLES) + ((minima >>> 4) & LOW_NIBBLES);
        return (int) ((bytes * 0x0101_0101_0101_0101L) >>> 56);
    }

    /** Jaccard similarity of two word sets: shared / all. */
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
