package dev.newsflow.enrich.entities;

import static dev.newsflow.enrich.entities.Sentences.labelled;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelChunksTest {

    @Test
    void shouldMakeOneChunkOfEachRunOfALabel() {
        Sentence sentence = labelled("Wladimir/PER Putin/PER reist nach Pjöngjang/LOC zu Kim/PER");
        assertEquals(List.of("[Wladimir Putin]PER", "[Pjöngjang]LOC", "[Kim]PER"),
                Sentences.describe(sentence, ModelChunks.of(sentence)));
    }
}
