package dev.newsflow.enrich.roles;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What newsflow knows across articles: whether a line recurs in many articles of the same source
 * (a menu entry, a newsletter box, a copyright line). One instance answers for one source.
 *
 * <p>Lines are asked for in their {@linkplain #normalise normalised} form, so the answer does not
 * depend on case, spacing or kinds of dashes and quote marks.
 */
@FunctionalInterface
public interface RecurringLines {

    /** Knows nothing: every line is new. */
    RecurringLines NONE = line -> false;

    /** Whether this line, normalised, recurs in many articles of this source. */
    boolean recurs(String normalisedLine);

    /**
     * The form lines are compared in: Unicode NFKC, lower case, every dash a {@code -}, every quote
     * mark a {@code "}, digits kept, white space collapsed to one space and trimmed.
     */
    static String normalise(String line) {
        String text = Normalizer.normalize(line, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(dashOrQuote(c));
        }
        return out.toString();
    }

    private static char dashOrQuote(char c) {
        return switch (c) {
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2018', '\u2019', '\u201A', '\u2039', '\u203A', '\'' -> '"';
            default -> c;
        };
    }
}
