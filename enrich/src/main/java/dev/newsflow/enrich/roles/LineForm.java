package dev.newsflow.enrich.roles;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form lines are compared in ({@link RecurringLines#normalise}). The classifier normalises
 * every line of every article, so the costly step, NFKC, is skipped where a table says it would
 * change nothing, and the lower case the classifier has already made is reused.
 */
final class LineForm {

    private LineForm() {}

    static String normalise(String line) {
        return normalise(line, line.toLowerCase(Locale.ROOT));
    }

    /** @param lower the line in lower case, {@code line.toLowerCase(Locale.ROOT)} */
    static String normalise(String line, String lower) {
        String text = isStable(line) ? lower : Normalizer.normalize(line, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        char[] out = new char[text.length()];
        int length = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = length > 0;
                continue;
            }
            if (space) {
                out[length++] = ' ';
                space = false;
            }
            out[length++] = dashOrQuote(c);
        }
        return new String(out, 0, length);
    }

    private static char dashOrQuote(char c) {
        return switch (c) {
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2018', '\u2019', '\u201A', '\u2039', '\u203A', '\'' -> '"';
            default -> c;
        };
    }

    /**
     * Whether NFKC leaves the line as it is, known without running it: each char is its own NFKC
     * and none combines with its neighbour. Most lines of German news are such (letters, digits,
     * Latin-1, „quotes“ and dashes), and the classifier normalises every line.
     */
    private static boolean isStable(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= STABLE.length || !STABLE[c]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Chars of Latin scripts and general punctuation that NFKC maps to themselves, found by NFKC
     * itself. Combining marks are left out (they compose with the char before), as is every char
     * from U+0300 to U+1FFF (the marks and the Hangul jamo among them compose).
     */
    private static final boolean[] STABLE = stableChars(0x2040);

    private static boolean[] stableChars(int below) {
        boolean[] stable = new boolean[below];
        for (char c = 0; c < below; c++) {
            int type = Character.getType(c);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK;
            String alone = String.valueOf(c);
            stable[c] = (c < 0x0300 || c >= 0x2000) && !mark && !Character.isSurrogate(c)
                    && Normalizer.normalize(alone, Normalizer.Form.NFKC).equals(alone);
        }
        return stable;
    }
}
