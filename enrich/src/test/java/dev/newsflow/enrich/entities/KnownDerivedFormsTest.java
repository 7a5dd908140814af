package dev.newsflow.enrich.entities;

import static dev.newsflow.enrich.entities.Sentences.after;
import static dev.newsflow.enrich.entities.Sentences.labelled;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class KnownDerivedFormsTest {

    private final KnownDerivedForms rule = new KnownDerivedForms(Sentences.KNOWLEDGE_BASE);

    @Test
    void shouldMakeAPlaceAdjectiveTheModelTypedMiscADerivedPlace() {
        assertEquals(List.of("[nordkoreanischen]LOC/derived=nordkorea"),
                after(rule, labelled("Die ersten nordkoreanischen/MISC Soldaten sind geflohen")));
        assertEquals(List.of("[Russische]LOC/derived=russland"), after(rule, labelled("Russische/MISC Truppen rücken vor")));
    }

    @Test
    void shouldFindInhabitantsTheModelMissed() {
        assertEquals(List.of("[Nordkoreanern]LOC/derived=nordkorea", "[Russen]LOC/derived=russland"),
                after(rule, labelled("Verluste bei den Nordkoreanern und den Russen")));
    }

    @Test
    void shouldLinkAnAdjectiveWithAPrefix() {
        assertEquals(List.of("[exilrussischen]LOC/derived=russland", "[innerkoreanischen]LOC/derived=korea"),
                after(rule, labelled("laut dem exilrussischen Medium und die innerkoreanischen Beziehungen")));
        assertEquals(List.of("[deutsch-israelische]LOC/derived=israel"),
                after(rule, labelled("die deutsch-israelische Freundschaft")));
    }

    @Test
    void shouldLeaveAPersonANameAndALongerNameAlone() {
        assertEquals(List.of("[Schweizer]PER"), after(rule, labelled("Trainer Schweizer/PER sagte")));
        assertEquals(List.of("[Polen]LOC"), after(rule, labelled("in Polen/LOC")));
        assertEquals(List.of("[Deutsche Bank]ORG"), after(rule, labelled("die Deutsche/ORG Bank/ORG meldet")));
    }
}
