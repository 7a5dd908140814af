package dev.newsflow.enrich.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The compared form of a line is NFKC's, whether or not NFKC had to run. */
class LineFormTest {

    @Test
    void shouldGiveWhatNfkcGivesForEveryCharOfTheTableAndAround() {
        for (char c = 1; c < 0x2100; c++) {
            if (Character.isSurrogate(c)) {
                continue;
            }
            String line = "Vor " + c + " und a" + c + "b";
            assertEquals(reference(line), LineForm.normalise(line), () -> String.format("U+%04X", (int) line.charAt(4)));
        }
    }

    @Test
    void shouldComposeWhatCombinesEvenWhereEachCharIsItsOwnForm() {
        for (String line : new String[] {"Mu\u0308ller", "Cafe\u0301", "\u1100\u1161", "x\u00A0y", "1\u20442", "„Zitat“ – Ende…"}) {
            assertEquals(reference(line), LineForm.normalise(line), line);
        }
    }

    /** The form as defined: NFKC, lower case, dashes and quote marks unified, white space collapsed. */
    private static String reference(String line) {
        String text = Normalizer.normalize(line, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (char c : text.toCharArray()) {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append("\u2010\u2011\u2012\u2013\u2014\u2015\u2212".indexOf(c) >= 0 ? '-'
                    : "\u201C\u201D\u201E\u201F\u00AB\u00BB\u2018\u2019\u201A\u2039\u203A'".indexOf(c) >= 0 ? '"' : c);
        }
        return out.toString();
    }
}
