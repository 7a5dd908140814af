package dev.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinkerTest {

    private final Linker linker = new Linker(Sentences.KNOWLEDGE_BASE);

    @Test
    void shouldMakeAStableIdFromUnknownText() {
        assertEquals("kyiv-independent", Linker.slug("Kyiv Independent"));
        assertEquals("muenster", Linker.slug("Münster"));
        assertEquals("tobias-mustermann", Linker.slug("  Tobias   Mustermann "));
    }

    @Test
    void shouldNotTakeAnOrganisationForInhabitants() {
        assertEquals(Optional.empty(), linker.known(new Span(0, 5, EntityTypes.ORG, "Bayer")).map(KnownEntity::id));
        assertEquals(Optional.of("bayern"), linker.known(new Span(0, 5, EntityTypes.LOC, "Bayer", Form.DERIVED, null)).map(KnownEntity::id));
    }

    @Test
    void shouldLinkAHyphenatedPlaceToItsFirstPart() {
        assertEquals(Optional.of("berlin"), linker.known(new Span(0, 12, EntityTypes.LOC, "Berlin-Mitte")).map(KnownEntity::id));
        assertEquals(Optional.of("nordkorea"), linker.known(new Span(0, 18, EntityTypes.LOC, "Nordkorea-Soldaten")).map(KnownEntity::id));
    }
}
