package dev.newsflow.enrich;

import dev.newsflow.enrich.near.Shingles;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The sentences of a German paragraph, for dedup to see a paragraph re-broken by another outlet
 * (two merged into one, one split in two, a sentence added at the end): a paragraph all of whose
 * news-carrying sentences were seen before says nothing new, however its breaks were moved.
 *
 * <p>A sentence ends at ".", "!" or "?" (closing quote marks and brackets after it go with it)
 * followed by white space and an upper-case letter, a digit or an opening mark; not after a common
 * abbreviation ("Dr.", "bzw.", "Nr."), a single letter (initials "J. R. R.", and "z. B.", "d. h.",
 * "u. a." letter by letter), a word with a full stop inside ("z.B.", "U.S."), a number of at most
 * three digits, which in German is an ordinal ("am 8. Oktober", "der 100. Geburtstag") or a date
 * ("am 15.10. in Berlin"), or any number before a month's name; and not at an ellipsis ("…",
 * "..."), after which a capitalised word goes on as often as a new sentence starts. A break missed
 * joins two sentences into one, the same in every copy of the text: it costs only the re-broken
 * copies that were broken there; a break made wrongly could leave a new figure in a piece too short
 * to count.
 *
 * <p>A sentence counts when it has at least {@value #MIN_WORDS} words (as {@link Shingles#words}
 * counts them): shorter ones are formulas ("Das teilte ein Sprecher mit.", "(dpa)") that neither
 * make a paragraph new nor a copy. A counting sentence's key is a fingerprint of its words
 * ({@link Fingerprinter#sentenceKey}), in a hash domain of its own: punctuation and case do not
 * count, and no key ever equals a paragraph's fingerprint.
 */
public final class Sentences {

    /** Sentences of fewer words are formulas: they count neither way. */
    public static final int MIN_WORDS = 6;

    /** Abbreviations that a full stop follows inside a sentence, as written (single letters are left to the rule). */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "Dr", "Prof", "Nr", "St", "bzw", "ca", "etc", "usw", "vgl", "Mio", "Mrd", "Tsd", "Jh", "Jhd", "Abs", "Art",
            "Hr", "Hrsg", "Gen", "Str", "Tel", "inkl", "evtl", "ggf", "sog", "bspw", "ehem", "geb", "gest", "Dipl",
            "Ing", "Std", "Bd", "Kap", "Co", "Chr", "Jan", "Feb", "Apr", "Aug", "Sept", "Sep", "Okt", "Nov", "Dez");
    private static final Set<String> MONTHS = Set.of("Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli",
            "August", "September", "Oktober", "November", "Dezember");
    private static final String CLOSING = "\"“”»«'’‘)]";
    private static final String OPENING = "\"„“”»«‚‘'([";

    private Sentences() {}

    /** The paragraph's sentences, in order, each trimmed; empty for a blank paragraph. */
    public static List<String> split(String paragraph) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        int length = paragraph.length();
        for (int i = 0; i < length; i++) {
            char c = paragraph.charAt(i);
            if (!isTerminal(c)) {
                continue;
            }
            int end = i + 1;
            int stops = 1;
            while (end < length && (isTerminal(paragraph.charAt(end)) || CLOSING.indexOf(paragraph.charAt(end)) >= 0)) {
                stops += paragraph.charAt(end) == '.' ? 1 : 0;
                end++;
            }
            int next = end;
            while (next < length && Character.isWhitespace(paragraph.charAt(next))) {
                next++;
            }
            if (next == end || next == length || !startsSentence(paragraph.charAt(next))
                    || c == '.' && (stops > 1 || isInsideSentence(wordBefore(paragraph, start, i), paragraph, next))) {
                i = end - 1;
                continue;
            }
            add(sentences, paragraph.substring(start, end));
            start = next;
            i = next - 1;
        }
        add(sentences, paragraph.substring(Math.min(start, length)));
        return sentences;
    }

    /** The words (as {@link Shingles#words}) of each sentence that carries news, in order. */
    public static List<List<String>> countingWords(String paragraph) {
        List<List<String>> counting = new ArrayList<>();
        for (String sentence : split(paragraph)) {
            List<String> words = Shingles.words(sentence);
            if (counts(words)) {
                counting.add(words);
            }
        }
        return counting;
    }

    /** Whether a sentence of these words carries news: at least {@value #MIN_WORDS} of them. */
    public static boolean counts(List<String> words) {
        return words.size() >= MIN_WORDS;
    }

    /** The keys of the counting sentences, each once, in the order they first come. */
    public static List<String> keys(List<List<String>> countingWords) {
        Set<String> keys = new LinkedHashSet<>();
        for (List<String> words : countingWords) {
            keys.add(Fingerprinter.sentenceKey(words));
        }
        return List.copyOf(keys);
    }

    /** For tests and tools: the keys of a paragraph's counting sentences. */
    public static List<String> keys(String paragraph) {
        return keys(countingWords(paragraph));
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || OPENING.indexOf(c) >= 0;
    }

    /** The word a full stop ends, without the marks that open it: "Dr" of "(Dr.". */
    private static String wordBefore(String paragraph, int sentenceStart, int stop) {
        int from = stop;
        while (from > sentenceStart && !Character.isWhitespace(paragraph.charAt(from - 1))) {
            from--;
        }
        while (from < stop && OPENING.indexOf(paragraph.charAt(from)) >= 0) {
            from++;
        }
        return paragraph.substring(from, stop);
    }

    /** The letters from {@code at} on: the word that starts there. */
    private static String wordAt(String paragraph, int at) {
        int end = at;
        while (end < paragraph.length() && Character.isLetter(paragraph.charAt(end))) {
            end++;
        }
        return paragraph.substring(at, end);
    }

    /** Whether a full stop after this word, with the next sentence's first word at {@code next}, leaves the sentence going on. */
    private static boolean isInsideSentence(String word, String paragraph, int next) {
        if (word.isEmpty()) {
            return false;
        }
        if (Character.isDigit(word.charAt(word.length() - 1)) && MONTHS.contains(wordAt(paragraph, next))) {
            return true; // a date, whatever the number: "am 1. Mai"
        }
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return true; // an initial, or a letter of "z. B."
        }
        if (word.indexOf('.') > 0 && Character.isLetter(word.charAt(0))) {
            return true; // "z.B", "U.S"
        }
        if (isOrdinalOrDate(word)) {
            return true;
        }
        return ABBREVIATIONS.contains(word);
    }

    /**
     * "8", "100" (an ordinal), "15.10" (a date): at most three digits, or groups of at most two
     * between full stops. A year ("2023") or an amount ("1.500") ends a sentence.
     */
    private static boolean isOrdinalOrDate(String word) {
        String[] groups = word.split("\\.", -1);
        int most = groups.length == 1 ? 3 : 2;
        for (String group : groups) {
            if (group.isEmpty() || group.length() > most || !group.chars().allMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }

    private static void add(List<String> sentences, String sentence) {
        String trimmed = sentence.strip();
        if (!trimmed.isEmpty()) {
            sentences.add(trimmed);
        }
    }
}
