package dev.newsflow.enrich.entities;

import static dev.newsflow.enrich.entities.Sentences.after;
import static dev.newsflow.enrich.entities.Sentences.labelled;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SplitMergedNamesTest {

    private final SplitMergedNames rule = new SplitMergedNames(Sentences.NAMES);

    @Test
    void shouldSplitAFamilyNameRunIntoAnotherPerson() {
        assertEquals(List.of("[Kim]PER", "[Putin]PER"), after(rule, labelled("wie Kim/PER Putin/PER unter die Arme greift")));
    }

    @Test
    void shouldSplitTwoKnownPersons() {
        assertEquals(List.of("[Trump]PER", "[Putins]PER"), after(rule, labelled("als Trump/PER Putins/PER Angebot ablehnte")));
    }

    @Test
    void shouldKeepOnePersonsFullName() {
        assertEquals(List.of("[Wladimir Putin]PER"), after(rule, labelled("Wladimir/PER Putin/PER sprach")));
        assertEquals(List.of("[Georgi Sinowjew]PER"), after(rule, labelled("Botschafter Georgi/PER Sinowjew/PER ein")));
    }
}
