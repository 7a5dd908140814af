package dev.newsflow.enrich.entities;

import static dev.newsflow.enrich.entities.Sentences.after;
import static dev.newsflow.enrich.entities.Sentences.labelled;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrailingFunctionWordsTest {

    private final TrailingFunctionWords rule = new TrailingFunctionWords();

    @Test
    void shouldDropTheSmallWordsAMentionEndsWith() {
        assertEquals(List.of("[Eichsfelder Tageblatt]ORG"),
                after(rule, labelled("berichtete das Eichsfelder/ORG Tageblatt/ORG am/ORG 24. Juli")));
        assertEquals(List.of("[Deutsche Bank]ORG"), after(rule, labelled("die Deutsche/ORG Bank/ORG und/ORG die/ORG Post")));
    }

    @Test
    void shouldKeepNamesWithSmallWordsInside() {
        assertEquals(List.of("[Frankfurt am Main]LOC"), after(rule, labelled("in Frankfurt/LOC am/LOC Main/LOC heute")));
        assertEquals(List.of("[Ecce homo]MISC"), after(rule, labelled("\" Ecce/MISC homo/MISC \"")));
    }

    @Test
    void shouldKeepAOneWordMention() {
        assertEquals(List.of("[am]ORG"), after(rule, labelled("das am/ORG Ende")));
    }
}
