package dev.newsflow.enrich.entities;

import static dev.newsflow.enrich.entities.Sentences.after;
import static dev.newsflow.enrich.entities.Sentences.labelled;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DerivedWordShapesTest {

    private final DerivedWordShapes rule = new DerivedWordShapes();

    @Test
    void shouldMakeInhabitantAndAdjectiveShapesDerivedPlaces() {
        assertEquals(List.of("[Itzehoer]LOC/derived"), after(rule, labelled("die Itzehoer/MISC Firma")));
        assertEquals(List.of("[Palästinenser]LOC/derived"), after(rule, labelled("drei Palästinenser/MISC wurden")));
        assertEquals(List.of("[Südbadischen]LOC/derived"), after(rule, labelled("im Südbadischen/MISC Raum")));
    }

    @Test
    void shouldDropALowerCaseWordNobodyKnows() {
        assertEquals(List.of(), after(rule, labelled("mit ballistischen/MISC Raketen")));
    }

    @Test
    void shouldKeepRealMiscNames() {
        assertEquals(List.of("[Crown]MISC"), after(rule, labelled("kam der Crown/MISC als Versuch")));
        assertEquals(List.of("[Ecce homo]MISC"), after(rule, labelled("\" Ecce/MISC homo/MISC \"")));
        assertEquals(List.of("[Berliner]ORG"), after(rule, labelled("der Berliner/ORG Verlag")));
        assertEquals(List.of("[iTunes]MISC"), after(rule, labelled("bei iTunes/MISC gekauft")));
    }
}
