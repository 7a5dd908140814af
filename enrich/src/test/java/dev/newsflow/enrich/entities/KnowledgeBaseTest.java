package dev.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseTest {

    private final KnowledgeBase bundled = KnowledgeBase.load(List.of());

    @Test
    void shouldLinkSpellingVariantsToOneId() {
        assertEquals(id("kim-jong-un"), idOf("Kim Jong-un"));
        assertEquals(id("kim-jong-un"), idOf("Kim Jong Un"));
        assertEquals(id("wolodymyr-selenskyj"), idOf("Selensky"));
        assertEquals(id("wolodymyr-selenskyj"), idOf("Zelensky"));
    }

    @Test
    void shouldLinkGenitives() {
        assertEquals(id("wladimir-putin"), idOf("Putins"));
        assertEquals(id("nordkorea"), idOf("Nordkoreas"));
        assertEquals(id("kim-jong-un"), idOf("Kim Jong-uns"));
    }

    @Test
    void shouldLinkDerivedAdjectivesAndInhabitantsToThePlace() {
        for (String form : List.of("nordkoreanisch", "nordkoreanische", "nordkoreanischen", "Nordkoreanischer", "nordkoreanisches", "Nordkoreaner")) {
            assertEquals(id("nordkorea"), idOf(form), form);
        }
        assertEquals(id("russland"), idOf("russischen"));
    }

    @Test
    void shouldNotLinkUnknownNames() {
        assertEquals(Optional.empty(), bundled.lookup("Tobias Schibilla"));
    }

    @Test
    void shouldLetAUserFileAddAndReplaceEntries(@TempDir Path dir) throws Exception {
        Path user = dir.resolve("kb.json");
        Files.writeString(user, """
                [{"id": "tobias-schibilla", "name": "Tobias Schibilla", "type": "PER", "aliases": ["Schibilla"]},
                 {"id": "wladimir-putin", "name": "Wladimir Putin", "type": "PER", "aliases": ["WWP"]}]
                """);
        KnowledgeBase withUser = KnowledgeBase.load(List.of(user));
        assertEquals("tobias-schibilla", withUser.lookup("Schibilla").orElseThrow().id());
        assertEquals("wladimir-putin", withUser.lookup("WWP").orElseThrow().id());
        assertEquals(bundled.size() + 1, withUser.size());
    }

    @Test
    void shouldShipEveryEntryWithAnIdANameAndAType() {
        assertTrue(bundled.size() > 50);
    }

    private Optional<String> idOf(String mention) {
        return bundled.lookup(mention).map(KnownEntity::id);
    }

    private static Optional<String> id(String id) {
        return Optional.of(id);
    }
}
