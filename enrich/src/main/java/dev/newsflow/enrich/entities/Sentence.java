package dev.newsflow.enrich.entities;

import java.util.List;

/** One sentence, as the model tokenised and labelled it. */
public record Sentence(List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int index) {
        return tokens.get(index);
    }

    /** The text of tokens {@code from} (inclusive) to {@code to} (exclusive), joined by single spaces. */
    String words(int from, int to) {
        StringBuilder words = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                words.append(' ');
            }
            words.append(tokens.get(i).text());
        }
        return words.toString();
    }
}
