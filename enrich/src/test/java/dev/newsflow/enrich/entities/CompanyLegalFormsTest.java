package dev.newsflow.enrich.entities;

import static dev.newsflow.enrich.entities.Sentences.after;
import static dev.newsflow.enrich.entities.Sentences.labelled;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompanyLegalFormsTest {

    private final CompanyLegalForms rule = new CompanyLegalForms();

    @Test
    void shouldMakeANameWithALegalFormAnOrganisation() {
        assertEquals(List.of("[Google Inc.]ORG"), after(rule, labelled("eigenes Unternehmen gründen : Google/MISC Inc./MISC")));
        assertEquals(List.of("[Müller Brot GmbH]ORG"), after(rule, labelled("die Müller/PER Brot/PER GmbH/PER hat")));
        assertEquals(List.of("[Hamburg-Holstein AG]ORG"), after(rule, labelled("als Hamburg-Holstein/LOC AG/LOC (")));
    }

    @Test
    void shouldLeaveOtherMentions() {
        assertEquals(List.of("[AG]MISC"), after(rule, labelled("die AG/MISC tagte")));
        assertEquals(List.of("[Peter Müller]PER"), after(rule, labelled("sagt Peter/PER Müller/PER heute")));
    }
}
