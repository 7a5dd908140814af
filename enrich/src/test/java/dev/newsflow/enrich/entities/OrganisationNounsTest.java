package dev.newsflow.enrich.entities;

import static dev.newsflow.enrich.entities.Sentences.after;
import static dev.newsflow.enrich.entities.Sentences.labelled;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganisationNounsTest {

    private final OrganisationNouns rule = new OrganisationNouns();

    @Test
    void shouldMakeANameAfterAnOrganisationNounAnOrganisation() {
        assertEquals(List.of("[Kyocera]ORG"),
                after(rule, labelled("Gründer des japanischen Technologie-Konzerns Kyocera/LOC , ins Leben")));
        assertEquals(List.of("[Fold Zandura]ORG"),
                after(rule, labelled("wurde von der Rockband Fold/PER Zandura/PER stark beeinflusst")));
        assertEquals(List.of("[Air One]ORG"),
                after(rule, labelled("die italienische Fluggesellschaft Air/MISC One/MISC von der")));
        assertEquals(List.of("[Credito Emiliano]ORG"),
                after(rule, labelled("Allein das Bankhaus Credito/LOC Emiliano/LOC hat")));
    }

    @Test
    void shouldLookPastAQuotationMark() {
        assertEquals(List.of("[Eckart]ORG"), after(rule, labelled("die Literaturzeitschrift „ Eckart/PER “ .")));
    }

    @Test
    void shouldLeaveOtherNamesAlone() {
        assertEquals(List.of("[Berlin]LOC"), after(rule, labelled("Der Konzern in Berlin/LOC wächst")));
        assertEquals(List.of("[Peter Müller]PER"), after(rule, labelled("Der Chef Peter/PER Müller/PER sagt")));
        assertEquals(List.of("[Deutschland]LOC"), after(rule, labelled("Grünes Band Deutschland/LOC stellt")));
    }

    @Test
    void shouldKeepKnownNamesAndDerivedWords() {
        Sentence sentence = labelled("das Unternehmen Russland baut");
        KnownEntity russia = Sentences.KNOWLEDGE_BASE.byId("russland").orElseThrow();
        List<Chunk> chunks = List.of(Chunk.known(2, 3, russia, Form.NAME));
        assertEquals(List.of("[Russland]LOC=russland"), Sentences.describe(sentence, rule.apply(sentence, chunks)));
        List<Chunk> derived = List.of(new Chunk(2, 3, EntityTypes.LOC, Form.DERIVED, null));
        assertEquals(List.of("[Russland]LOC/derived"), Sentences.describe(sentence, rule.apply(sentence, derived)));
    }
}
