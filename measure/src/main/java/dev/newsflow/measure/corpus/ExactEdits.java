package dev.newsflow.measure.corpus;

import java.util.Random;

/** Changes that normalisation removes: what an exact copy may differ in. */
public final class ExactEdits {

    private ExactEdits() {}

    static String apply(String text, Random random) {
        String copy = text;
        int edits = 1 + random.nextInt(2);
        for (int i = 0; i < edits; i++) {
            copy = switch (random.nextInt(5)) {
                case 0 -> copy.replace('„', '"').replace('“', '"').replace('”', '"');
                case 1 -> replaceOneSpace(copy, "\u00A0", random);
                case 2 -> softHyphenInLongestWord(copy);
                case 3 -> copy.replace(" – ", " - ").replace(" - ", " – ");
                default -> replaceOneSpace(copy, "  ", random);
            };
        }
        return copy;
    }

    private static String replaceOneSpace(String text, String with, Random random) {
        int spaces = (int) text.chars().filter(c -> c == ' ').count();
        if (spaces == 0) {
            return text.toUpperCase(java.util.Locale.ROOT);
        }
        int which = random.nextInt(spaces);
        int at = -1;
        for (int i = 0; i <= which; i++) {
            at = text.indexOf(' ', at + 1);
        }
        return text.substring(0, at) + with + text.substring(at + 1);
    }

    private static String softHyphenInLongestWord(String text) {
        String longest = "";
        for (String word : text.split(" ")) {
            if (word.length() > longest.length()) {
                longest = word;
            }
        }
        if (longest.length() < 6) {
            return text + " ";
        }
        String hyphenated = longest.substring(0, 3) + '\u00AD' + longest.substring(3);
        return text.replaceFirst(java.util.regex.Pattern.quote(longest), java.util.regex.Matcher.quoteReplacement(hyphenated));
    }
}
