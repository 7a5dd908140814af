package dev.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void shouldJoinTheTokenisersPiecesOfAHyphenatedWord() {
        // "Kim Jong-un stößt" as CoreNLP's German tokeniser splits it
        List<Token> tokens = List.of(new Token("Kim", 0, 3, "PER"), new Token("Jong", 4, 8, "PER"),
                new Token("-", 8, 9, "PER"), new Token("un", 9, 11, "PER"), new Token("stößt", 12, 17, null));

        assertEquals(List.of(new Token("Kim", 0, 3, "PER"), new Token("Jong-un", 4, 11, "PER"), new Token("stößt", 12, 17, null)),
                Words.joinHyphenated(tokens));
    }

    @Test
    void shouldGiveAJoinedWordTheFirstLabelOfItsPieces() {
        List<Token> tokens = List.of(new Token("US", 0, 2, "LOC"), new Token("-", 2, 3, null), new Token("Präsident", 3, 12, null));
        assertEquals(List.of(new Token("US-Präsident", 0, 12, "LOC")), Words.joinHyphenated(tokens));
    }

    @Test
    void shouldNotJoinAcrossSpaces() {
        List<Token> tokens = List.of(new Token("Nord-", 0, 5, null), new Token("und", 6, 9, null));
        assertEquals(tokens, Words.joinHyphenated(tokens));
    }
}
