package dev.newsflow.enrich.entities;

import static dev.newsflow.enrich.entities.Sentences.after;
import static dev.newsflow.enrich.entities.Sentences.labelled;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompoundPartsTest {

    private final CompoundParts rule = new CompoundParts(Sentences.NAMES);

    @Test
    void shouldLinkAHyphenatedCompoundToItsName() {
        assertEquals(List.of("[Ukraine-Krieg]LOC/part=ukraine", "[HUR-Chef]ORG/part=hur"),
                after(rule, labelled("im Ukraine-Krieg sagte HUR-Chef Budanow/PER")).subList(0, 2));
        assertEquals(List.of("[KN23-Raketen]MISC/part=kn23"), after(rule, labelled("die KN23-Raketen/MISC sollen")));
    }

    @Test
    void shouldLinkAClosedCompoundOfAPlace() {
        assertEquals(List.of("[Kremlchef]LOC/part=kreml"), after(rule, labelled("legte Kremlchef der Duma")));
    }

    @Test
    void shouldNotSplitWordsThatOnlyStartLikeAName() {
        assertEquals(List.of(), after(rule, labelled("nach der Indienststellung des Schiffs")));
        assertEquals(List.of(), after(rule, labelled("die Telekommunikation und der Bernstein")));
    }

    @Test
    void shouldLeaveAPlaceTheModelFoundAsAPlace() {
        assertEquals(List.of("[Berlin-Mitte]LOC"), after(rule, labelled("in Berlin-Mitte/LOC wohnen")));
    }
}
