package dev.newsflow.enrich.entities;

import static dev.newsflow.enrich.entities.Sentences.after;
import static dev.newsflow.enrich.entities.Sentences.labelled;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class KnownNamesTest {

    private final KnownNames rule = new KnownNames(Sentences.NAMES);

    @Test
    void shouldFindKnownNamesTheModelMissed() {
        assertEquals(List.of("[Kreml]LOC=kreml"), after(rule, labelled("Gespräche will man im Kreml nur")));
        assertEquals(List.of("[UN-Sicherheitsrat]ORG=un-sicherheitsrat"),
                after(rule, labelled("sein Veto im UN-Sicherheitsrat nutzte")));
        assertEquals(List.of("[KN23]MISC=kn23"), after(rule, labelled("Raketen vom Typ KN23 haben")));
    }

    @Test
    void shouldFindCurrencies() {
        assertEquals(List.of("[Gulden]MISC=gulden"), after(rule, labelled("in Höhe von 2000 Gulden zum Bau")));
        assertEquals(List.of("[US-Dollar]MISC=us-dollar"), after(rule, labelled("auf 7,401 Mio US-Dollar/LOC (")));
        assertEquals(List.of("[Taiwan-Dollar]MISC=taiwan-dollar"), after(rule, labelled("fünf Mrd . Taiwan-Dollar ( rund")));
        assertEquals(List.of(), after(rule, labelled("ein Pfund Mehl und eine Mark mehr")));
    }

    @Test
    void shouldFindAGenitive() {
        assertEquals(List.of("[Putins]PER=wladimir-putin"), after(rule, labelled("für Putins Armee")));
    }

    @Test
    void shouldGiveAKnownNameItsType() {
        assertEquals(List.of("[Guardian]ORG=guardian"), after(rule, labelled("der britische « Guardian/MISC » berichtet")));
    }

    @Test
    void shouldCompleteAKnownNameTheModelCutShort() {
        assertEquals(List.of("[Kim Jong Un]PER=kim-jong-un"), after(rule, labelled("Diktator Kim/PER Jong/PER Un liefert")));
    }

    @Test
    void shouldKeepTheModelsLongerName() {
        assertEquals(List.of("[Financial Times Deutschland]ORG"),
                after(rule, labelled("berichtet die Financial/ORG Times/ORG Deutschland/ORG heute")));
    }

    @Test
    void shouldCutLowerCaseWordsTheModelSweptAlong() {
        assertEquals(List.of("[Nordkoreas]LOC=nordkorea"),
                after(rule, labelled("die Beteiligung Nordkoreas/MISC am/MISC Krieg/MISC erklärte")));
    }

    @Test
    void shouldNotLookForEverydayWords() {
        assertEquals(List.of(), after(rule, labelled("Das Bild zeigt die Zeit in der Welt")));
    }
}
