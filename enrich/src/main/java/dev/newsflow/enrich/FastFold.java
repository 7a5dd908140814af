package dev.newsflow.enrich;

/**
 * {@link Fingerprinter#slowFold} for text written in Latin letters, general punctuation and
 * currency signs, a char at a time from a table made by the slow fold itself. The slow fold
 * (the Normalizer, then two case mappings, each a new string) was most of the cost of
 * normalising, and normalising is done for every paragraph and for every capitalised word of it
 * (JFR, docs/benchmarks.md).
 *
 * <p>Folding a char at a time gives the same text only where no char changes with its
 * neighbours. In these blocks none does: NFKC composes a char with the combining mark after it,
 * and the table leaves out the marks, and every char whose decomposition starts with one; the
 * only case mapping with context, the Greek final sigma, is outside them. {@code FastFoldTest}
 * checks the table against the slow fold on real and random text.
 */
final class FastFold {

    /** Chars with no entry: the text is folded the slow way. */
    private static final char SLOW = '\uFFFF';
    /** Chars that fold to more than one char ("ß" to "ss"): their folds are in {@link #LONG}. */
    private static final char LONG_FOLD = '\uFFFE';
    private static final int LIMIT = 0x20C0;

    private static final char[] TABLE = new char[LIMIT];
    private static final String[] LONG = new String[LIMIT];

    static {
        for (int c = 0; c < LIMIT; c++) {
            TABLE[c] = SLOW;
            if (inFastBlocks(c) && !isMarkOrStartsWithOne(c)) {
                String folded = Fingerprinter.slowFold(String.valueOf((char) c));
                if (folded.length() == 1 && folded.charAt(0) < LONG_FOLD) {
                    TABLE[c] = folded.charAt(0);
                } else {
                    TABLE[c] = LONG_FOLD;
                    LONG[c] = folded;
                }
            }
        }
    }

    private FastFold() {}

    /** The folded text, or null if it has a char outside the table: fold it the slow way then. */
    static String fold(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char folded = c < LIMIT ? TABLE[c] : SLOW;
            if (folded == SLOW) {
                return null;
            }
            if (folded != c && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (folded == LONG_FOLD) {
                    out.append(LONG[c]);
                } else {
                    out.append(folded);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** Latin (Basic to Extended-B), general punctuation, super- and subscripts, currency signs. */
    private static boolean inFastBlocks(int c) {
        return c < 0x0250 || (c >= 0x2000 && c < LIMIT);
    }

    private static boolean isMarkOrStartsWithOne(int c) {
        if (Character.isSurrogate((char) c) || isMark(c)) {
            return true;
        }
        String decomposed = java.text.Normalizer.normalize(String.valueOf((char) c), java.text.Normalizer.Form.NFKD);
        return !decomposed.isEmpty() && isMark(decomposed.codePointAt(0));
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
