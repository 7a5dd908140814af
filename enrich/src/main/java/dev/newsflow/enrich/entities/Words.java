package dev.newsflow.enrich.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins the pieces that CoreNLP's German tokeniser makes of some hyphenated words ("Jong-un" →
 * "Jong", "-", "un"; "KN23-Raketen"), so that every word reaches the rules whole, as it does in
 * an annotated corpus. The joined word takes the first label among its pieces.
 */
final class Words {

    private Words() {}

    static List<Token> joinHyphenated(List<Token> tokens) {
        List<Token> words = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            Token previous = words.isEmpty() ? null : words.get(words.size() - 1);
            if (previous != null && previous.end() == token.start() && isHyphenJoint(previous, token)) {
                String label = previous.label() != null ? previous.label() : token.label();
                words.set(words.size() - 1, new Token(previous.text() + token.text(), previous.start(), token.end(), label));
            } else {
                words.add(token);
            }
        }
        return words;
    }

    private static boolean isHyphenJoint(Token left, Token right) {
        return isHyphen(left.text().charAt(left.text().length() - 1)) || isHyphen(right.text().charAt(0));
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }
}
