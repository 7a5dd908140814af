package dev.newsflow.enrich.entities;

import static dev.newsflow.enrich.entities.Sentences.after;
import static dev.newsflow.enrich.entities.Sentences.labelled;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LeadingFunctionWordsTest {

    private final LeadingFunctionWords rule = new LeadingFunctionWords();

    @Test
    void shouldDropAContractionTheModelTookForPartOfTheName() {
        assertEquals(List.of("[Kraftwerk Lippendorf]ORG"), after(rule, labelled("Belegschaft im/ORG Kraftwerk/ORG Lippendorf/ORG .")));
        assertEquals(List.of("[Mitteldeutschen Verlag]ORG"), after(rule, labelled("Beim/ORG Mitteldeutschen/ORG Verlag/ORG erschienen")));
        assertEquals(List.of("[Kaukasus]LOC"), after(rule, labelled("auf dem Balkan , im/LOC Kaukasus/LOC und")));
    }

    @Test
    void shouldKeepNameParticles() {
        assertEquals(List.of("[von Weizsäcker]PER"), after(rule, labelled("sagte von/PER Weizsäcker/PER heute")));
        assertEquals(List.of("[al-Assad]PER"), after(rule, labelled("Präsident al-Assad/PER floh")));
        assertEquals(List.of("[iPhone 4]MISC"), after(rule, labelled("das iPhone/MISC 4/MISC kam")));
    }
}
