package dev.newsflow.measure.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * New German text from a word model over real German sentences (GermEval 2014's: about 145,000
 * tokens of news and Wikipedia, by Benikova, Biemann and Reznicek, CC BY 4.0): a sentence starts
 * as one of them starts, each next token follows the one before as often as it does there (a
 * bigram model), and it ends at its first full stop, question or exclamation mark. So the words come with the frequencies of real German, from almost 39,000
 * distinct tokens, and two paragraphs share about as many words by chance as two unrelated
 * paragraphs of real text do; the text made before from the words of five articles (about 1,800
 * distinct) shared so many that unrelated paragraphs met in the MinHash bands far more than in
 * real news.
 *
 * <p>Quote marks and parentheses come out paired (German quotes, „…“); a sentence of unusual
 * length is drawn again. The same random numbers give the same text.
 */
public final class GermanText {

    private static final String END = "\u0000";
    private static final Set<String> ENDS = Set.of(".", "!", "?");
    private static final Set<String> QUOTES = Set.of("\"", "„", "“", "”", "»", "«", "''");
    private static final Set<String> NO_SPACE_BEFORE = Set.of(".", ",", ":", ";", "!", "?", ")", "...", "…", "“");
    private static final int MIN_WORDS = 6;
    private static final int MAX_WORDS = 32;
    private static final int TRIES = 20;

    private final Random random;
    /** How sentences start: a word, or a quote mark and a word. */
    private final List<List<String>> starts = new ArrayList<>();
    private final Map<String, List<String>> followers = new HashMap<>();
    private final List<String> lowerCase = new ArrayList<>();

    /** @param sentences tokenised sentences; those that do not read as a sentence (a list item, a fragment) are left out */
    GermanText(List<List<String>> sentences, Random random) {
        this.random = random;
        for (List<String> raw : sentences) {
            List<String> tokens = raw.stream().map(t -> QUOTES.contains(t) ? "\"" : t).toList();
            if (!isSentence(tokens)) {
                continue;
            }
            starts.add(tokens.subList(0, tokens.get(0).equals("\"") ? 2 : 1));
            for (int i = 0; i < tokens.size(); i++) {
                String next = i + 1 < tokens.size() ? tokens.get(i + 1) : END;
                followers.computeIfAbsent(tokens.get(i), k -> new ArrayList<>(2)).add(next);
                if (tokens.get(i).chars().allMatch(Character::isLowerCase)) {
                    lowerCase.add(tokens.get(i));
                }
            }
        }
        if (starts.isEmpty()) {
            throw new IllegalArgumentException("no sentences to build German text from");
        }
    }

    /**
     * Starts with a capital (or a quote mark and a capital), ends with a full stop, a question or
     * an exclamation mark, and has no link, no list mark and no word with a bracket or a quote
     * mark inside ("(3:0)-Sieg"), which could not be paired.
     */
    private static boolean isSentence(List<String> tokens) {
        if (tokens.size() < MIN_WORDS) {
            return false;
        }
        String first = tokens.get(0).equals("\"") ? tokens.get(1) : tokens.get(0);
        String last = tokens.get(tokens.size() - 1);
        return Character.isUpperCase(first.codePointAt(0)) && ENDS.contains(last)
                && tokens.stream().noneMatch(GermanText::isOdd);
    }

    private static boolean isOdd(String token) {
        return token.equals("#") || token.contains("http") || token.contains("www.") || token.contains("[")
                || token.contains("]") || token.length() > 1 && token.chars().anyMatch(c -> "()\"„“”»«".indexOf(c) >= 0);
    }

    String headline() {
        String sentence = sentence(4, 10);
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }

    String paragraph() {
        return String.join(" ", paragraphSentences());
    }

    /** A paragraph as its sentences, one to three: what {@link #paragraph()} joins. */
    List<String> paragraphSentences() {
        int count = 1 + random.nextInt(3);
        List<String> sentences = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            sentences.add(sentence(MIN_WORDS, MAX_WORDS));
        }
        return sentences;
    }

    /** One new sentence, of the length of a paragraph's. */
    String sentence() {
        return sentence(MIN_WORDS, MAX_WORDS);
    }

    /** A lower-case word of the sentences, as often as it occurs there: for changing a word of a copy. */
    String lowerCaseWord() {
        return lowerCase.get(random.nextInt(lowerCase.size()));
    }

    /** A sentence of minWords to maxWords words (not counting punctuation), or the last one drawn. */
    private String sentence(int minWords, int maxWords) {
        List<String> tokens = List.of();
        for (int attempt = 0; attempt < TRIES; attempt++) {
            tokens = draw(maxWords);
            long words = tokens.stream().filter(t -> Character.isLetterOrDigit(t.codePointAt(0))).count();
            if (words >= minWords && words <= maxWords) {
                break;
            }
        }
        return detokenise(paired(tokens));
    }

    private List<String> draw(int maxWords) {
        List<String> start = starts.get(random.nextInt(starts.size()));
        List<String> tokens = new ArrayList<>(start.subList(0, start.size() - 1));
        String token = start.get(start.size() - 1);
        while (!token.equals(END) && tokens.size() <= 2 * maxWords) {
            tokens.add(token);
            if (ENDS.contains(token)) {
                break; // the first full stop ends it: one after an abbreviation would start a sentence in lower case
            }
            List<String> next = followers.get(token);
            token = next.get(random.nextInt(next.size()));
        }
        return tokens;
    }

    /** Quote marks and parentheses in pairs: one without its partner is left out. */
    private static List<String> paired(List<String> tokens) {
        List<String> kept = new ArrayList<>(tokens);
        int quotes = (int) kept.stream().filter("\""::equals).count();
        if (quotes % 2 == 1) {
            kept.remove(kept.lastIndexOf("\""));
        }
        int open = 0;
        for (int i = 0; i < kept.size(); i++) {
            if (kept.get(i).equals("(")) {
                open++;
            } else if (kept.get(i).equals(")") && open-- == 0) {
                open = 0;
                kept.remove(i--);
            }
        }
        for (int i = kept.size() - 1; i >= 0 && open > 0; i--) {
            if (kept.get(i).equals("(")) {
                kept.remove(i);
                open--;
            }
        }
        return kept;
    }

    /** Tokens to text: no space before punctuation and closing marks, none after opening ones; German quotes. */
    private static String detokenise(List<String> tokens) {
        StringBuilder text = new StringBuilder();
        boolean inQuote = false;
        boolean glue = true;
        for (String token : tokens) {
            String shown = token;
            if (token.equals("\"")) {
                shown = inQuote ? "“" : "„";
                inQuote = !inQuote;
            }
            if (!glue && !NO_SPACE_BEFORE.contains(shown)) {
                text.append(' ');
            }
            text.append(shown);
            glue = shown.equals("„") || shown.equals("(");
        }
        return text.toString();
    }
}
