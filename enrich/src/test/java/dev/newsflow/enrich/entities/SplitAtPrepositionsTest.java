package dev.newsflow.enrich.entities;

import static dev.newsflow.enrich.entities.Sentences.after;
import static dev.newsflow.enrich.entities.Sentences.labelled;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SplitAtPrepositionsTest {

    private final SplitAtPrepositions rule = new SplitAtPrepositions();

    @Test
    void shouldSplitTwoNamesRunTogetherAcrossImOrZu() {
        assertEquals(List.of("[Grünen-Fraktion]ORG", "[Bundestag]ORG"),
                after(rule, labelled("Die Grünen-Fraktion/ORG im/ORG Bundestag/ORG forderte")));
        assertEquals(List.of("[Honda]ORG", "[Aprilia]ORG"), after(rule, labelled("von Honda/ORG zu/ORG Aprilia/ORG")));
    }

    @Test
    void shouldKeepNamesThatContainThem() {
        assertEquals(List.of("[Karl-Theodor zu Guttenberg]PER"),
                after(rule, labelled("Minister Karl-Theodor/PER zu/PER Guttenberg/PER trat")));
        assertEquals(List.of("[Frankfurt am Main]LOC"), after(rule, labelled("in Frankfurt/LOC am/LOC Main/LOC")));
    }
}
