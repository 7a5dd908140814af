package dev.newsflow.enrich.entities;

import static dev.newsflow.enrich.entities.Sentences.after;
import static dev.newsflow.enrich.entities.Sentences.labelled;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EastAsianNamesTest {

    private final EastAsianNames rule = new EastAsianNames();

    @Test
    void shouldCompleteANameTheModelCutShort() {
        assertEquals(List.of("[Kim Jong Un]PER"), after(rule, labelled("Diktator Kim/PER Jong/PER Un liefert Munition")));
    }

    @Test
    void shouldTakeAHyphenatedGivenNameInItsGenitive() {
        assertEquals(List.of("[Putin]PER", "[Kim Jong-uns]PER"),
                after(rule, labelled("könnte Putin/PER Kim/PER Jong-uns/PER Haltung vermitteln")));
    }

    @Test
    void shouldMakeAPersonOfANameTheModelTypedOrganisation() {
        assertEquals(List.of("[Yoon Suk Yeol]PER"),
                after(rule, labelled("dem südkoreanischen Präsidenten Yoon/ORG Suk/ORG Yeol/ORG mit")));
    }

    @Test
    void shouldFindANameTheModelMissedWhenItsGivenNameIsHyphenated() {
        assertEquals(List.of("[Lim Eul-chul]PER"), after(rule, labelled("erklärt Lim Eul-chul , Professor")));
    }

    @Test
    void shouldKeepAPersonTheModelSawGoingOnBeyondTheKnownSyllables() {
        assertEquals(List.of("[Ban Ki Moon]PER"), after(rule, labelled("UN-Generalsekretär Ban/PER Ki/PER Moon/PER sagte")));
    }

    @Test
    void shouldLeaveGermanWordsAlone() {
        assertEquals(List.of(), after(rule, labelled("Im Jahr danach kam Han nicht")));
        assertEquals(List.of("[Kim]PER"), after(rule, labelled("wie Kim/PER Putin hilft")));
    }
}
