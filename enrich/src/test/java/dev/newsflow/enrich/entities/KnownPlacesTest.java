package dev.newsflow.enrich.entities;

import static dev.newsflow.enrich.entities.Sentences.after;
import static dev.newsflow.enrich.entities.Sentences.labelled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class KnownPlacesTest {

    private final KnownPlaces rule = new KnownPlaces(PlaceNames.bundled());

    @Test
    void shouldFindPlacesTheModelMissed() {
        assertEquals(List.of("[Hatfield]LOC"), after(rule, labelled("Die Kampfjets werden im englischen Hatfield hergestellt")));
        assertEquals(List.of("[Holungen]LOC"), after(rule, labelled("im kühlen Grab zu Holungen ?")));
        assertEquals(List.of("[Kusatsu]LOC"), after(rule, labelled("Städtepartnerschaften Kusatsu hat eine Reihe")));
    }

    @Test
    void shouldTakeTheLongestName() {
        assertEquals(List.of("[Bad Reichenhall]LOC"), after(rule, labelled("Er wohnt in Bad Reichenhall .")));
        assertEquals(List.of("[Taiskirchen im Innkreis]LOC"), after(rule, labelled("an der Grenze von Taiskirchen im Innkreis")));
    }

    @Test
    void shouldLeaveEverydayWordsAlone() {
        assertEquals(List.of(), after(rule, labelled("Zum Essen gab es im Hof Suppe")));
        assertEquals(List.of(), after(rule, labelled("Die Sonne scheint")));
    }

    @Test
    void shouldLeaveWhatTheModelFound() {
        assertEquals(List.of("[Hatfield]ORG"), after(rule, labelled("Die Firma Hatfield/ORG baut")));
        assertEquals(List.of("[Paul Hatfield]PER"), after(rule, labelled("sagt Paul/PER Hatfield/PER heute")));
    }

    @Test
    void shouldLeavePartsOfForeignNames() {
        assertEquals(List.of(), after(rule, labelled("bei der Chicago and Paducah Railroad")));
        assertEquals(List.of(), after(rule, labelled("an der University of Hatfield")));
    }

    @Test
    void shouldRetypeAPersonWhoseNameIsAPlaceOfSeveralWords() {
        assertEquals(List.of("[Tomaszów Mazowiecki]LOC"),
                after(rule, labelled("Die Rote Armee erreichte Tomaszów/PER Mazowiecki/PER am 18. Januar")));
        assertEquals(List.of("[Houston]LOC", "[Corpus Christi]LOC"),
                after(rule, labelled("Häfen von Houston/LOC und Corpus/PER Christi/PER")));
    }

    @Test
    void shouldLoadTheBundledGazetteer() {
        PlaceNames places = PlaceNames.bundled();
        assertTrue(places.size() > 40_000, "size " + places.size());
        assertTrue(places.contains("Riesa"));
        assertTrue(places.contains("Kusatsu"));
        assertFalse(places.contains("Essen"), "an everyday word");
        assertFalse(places.contains("Hof"), "an everyday word");
    }
}
