package dev.newsflow.enrich.entities;

import static dev.newsflow.enrich.entities.Sentences.after;
import static dev.newsflow.enrich.entities.Sentences.labelled;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoadNamesTest {

    private final RoadNames rule = new RoadNames();

    @Test
    void shouldFindRoadsNamedByNumber() {
        assertEquals(List.of("[A 2]LOC", "[A 7.]LOC"), after(rule, labelled("zerschnitten von den Autobahnen A 2 und A 7.")));
        assertEquals(List.of("[A 5]LOC"), after(rule, labelled("parallel zur A 5 in Nord-Süd-Richtung")));
        assertEquals(List.of("[B 27]LOC"), after(rule, labelled("Stau auf der B 27 bei Tübingen")));
    }

    @Test
    void shouldSplitTheTownTheModelRanIntoTheRoad() {
        assertEquals(List.of("[Bundesstraße 216]LOC", "[Lüneburg]LOC"),
                after(rule, labelled("Die Bundesstraße/ORG 216/ORG Lüneburg/ORG – Dannenberg")));
    }

    @Test
    void shouldLeaveALongerNameAroundTheRoad() {
        assertEquals(List.of("[Tunnel der A 7]LOC"), after(rule, labelled("im Tunnel/LOC der/LOC A/LOC 7/LOC gesperrt")));
    }

    @Test
    void shouldLeaveOtherNumbers() {
        assertEquals(List.of(), after(rule, labelled("ein Blatt im Format A 4000 und Klasse B")));
        assertEquals(List.of(), after(rule, labelled("von Platz 56 auf sieben")));
    }

    @Test
    void shouldFindJunctionsNamedAfterATown() {
        assertEquals(List.of("[Dreieck Hockenheim]LOC", "[Kreuz Walldorf]LOC"),
                after(rule, labelled("bis Dreieck Hockenheim/LOC bzw. Kreuz Walldorf/LOC etwa 30 km")));
        Sentence sentence = labelled("verläuft das Teilstück Viernheimer Dreieck bis");
        List<Chunk> derived = List.of(new Chunk(3, 4, EntityTypes.LOC, Form.DERIVED, null));
        assertEquals(List.of("[Viernheimer Dreieck]LOC"), Sentences.describe(sentence, rule.apply(sentence, derived)));
        assertEquals(List.of("[Rotes Kreuz]ORG"), after(rule, labelled("das Rotes/ORG Kreuz/ORG hilft")));
    }

    @Test
    void shouldGiveAStreetItsHouseNumber() {
        assertEquals(List.of("[Neuendorfer Straße 90c]LOC"),
                after(rule, labelled("im alten Zuchthaus in der Neuendorfer/LOC Straße/LOC 90c .")));
        assertEquals(List.of("[Brasilien]LOC"), after(rule, labelled("in Brasilien/LOC 1 der Charts")));
    }
}
