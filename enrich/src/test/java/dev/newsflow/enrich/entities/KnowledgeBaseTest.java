package dev.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseTest {

    private final KnowledgeBase bundled = Sentences.KNOWLEDGE_BASE;

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
        for (String form : List.of("nordkoreanisch", "nordkoreanische", "nordkoreanischen", "Nordkoreanischer",
                "nordkoreanisches", "Nordkoreaner", "Nordkoreanern", "Nordkoreanerinnen")) {
            assertEquals(id("nordkorea"), idOf(form), form);
        }
        assertEquals(id("russland"), idOf("russischen"));
        assertEquals(id("russland"), idOf("Russinnen"));
        assertEquals(id("frankreich"), idOf("Französin"));
        assertEquals(id("israel"), idOf("Israelis"));
    }

    @Test
    void shouldGiveCitiesTheirInhabitantsWord() {
        assertEquals(id("berlin"), idOf("Berliner"));
        assertEquals(id("bremen"), idOf("Bremer"));
        assertEquals(id("muenchen"), idOf("Münchner"));
    }

    @Test
    void shouldKnowWhichWordsAreDerivedAndWhichAreNames() {
        assertEquals(id("russland"), bundled.derivedFrom("Russen").map(KnownEntity::id));
        assertEquals(Optional.empty(), bundled.derivedFrom("Polen"), "Polen is the country, not only Poles");
        assertEquals(id("polen"), idOf("Polen"));
    }

    @Test
    void shouldKnowEveryCountryWithItsAdjectiveAndInhabitants() {
        for (String word : List.of("Mosambik", "mosambikanischen", "Mosambikaner", "Usbekistan", "usbekische", "Usbeken",
                "Kolumbien", "kolumbianisches", "Kolumbianerin")) {
            assertTrue(bundled.lookup(word).isPresent(), word);
        }
        long countries = bundled.entities().stream().filter(e -> !e.adjectives().isEmpty()).count();
        assertTrue(countries > 190, countries + " places with adjectives");
    }

    @Test
    void shouldLinkButNotFindEverydayWords() {
        assertEquals(id("der-spiegel"), idOf("Spiegel"));
        assertTrue(bundled.entities().stream().filter(e -> e.id().equals("der-spiegel")).findFirst().orElseThrow()
                .findableNames().stream().noneMatch("Spiegel"::equals));
    }

    @Test
    void shouldNotLinkUnknownNames() {
        assertEquals(Optional.empty(), bundled.lookup("Tobias Mustermann"));
    }

    @Test
    void shouldLetAUserFileAddAndReplaceEntries(@TempDir Path dir) throws Exception {
        Path user = dir.resolve("kb.json");
        Files.writeString(user, """
                [{"id": "tobias-mustermann", "name": "Tobias Mustermann", "type": "PER", "aliases": ["Mustermann"]},
                 {"id": "wladimir-putin", "name": "Wladimir Putin", "type": "PER", "aliases": ["WWP"]}]
                """);
        KnowledgeBase withUser = KnowledgeBase.load(List.of(user));
        assertEquals("tobias-mustermann", withUser.lookup("Mustermann").orElseThrow().id());
        assertEquals("wladimir-putin", withUser.lookup("WWP").orElseThrow().id());
        assertEquals(bundled.size() + 1, withUser.size());
    }

    @Test
    void shouldTakeAUserEntrysPointAsItIs(@TempDir Path dir) throws Exception {
        Path user = dir.resolve("kb.json");
        Files.writeString(user, """
                [{"id": "itzehoe", "name": "Itzehoe", "type": "LOC", "lat": 53.92, "lon": 9.52},
                 {"id": "berlin", "name": "Berlin", "type": "LOC", "aliases": ["Spree-Athen"]}]
                """);
        KnowledgeBase withUser = KnowledgeBase.load(List.of(user));

        KnownEntity itzehoe = withUser.byId("itzehoe").orElseThrow();
        assertEquals(List.of(53.92, 9.52), List.of(itzehoe.lat(), itzehoe.lon()));
        assertEquals(52.52, bundled.byId("berlin").orElseThrow().lat());
        assertEquals(null, withUser.byId("berlin").orElseThrow().lat(), "a replacement gives its own point or has none");
    }

    @Test
    void shouldRejectAPointThatIsHalfThereOrOffTheGlobe(@TempDir Path dir) throws Exception {
        Path half = dir.resolve("half.json");
        Files.writeString(half, "[{\"id\": \"x\", \"name\": \"X\", \"type\": \"LOC\", \"lat\": 53.9}]");
        Path swapped = dir.resolve("swapped.json");
        Files.writeString(swapped, "[{\"id\": \"y\", \"name\": \"Y\", \"type\": \"LOC\", \"lat\": 139.7, \"lon\": 35.7}]");

        IllegalArgumentException onlyLat = assertThrows(IllegalArgumentException.class, () -> KnowledgeBase.load(List.of(half)));
        IllegalArgumentException offTheGlobe = assertThrows(IllegalArgumentException.class, () -> KnowledgeBase.load(List.of(swapped)));

        assertEquals("knowledge base " + half + ", entry 1 (x): lat and lon go together, got only lat", onlyLat.getMessage());
        assertTrue(offTheGlobe.getMessage().startsWith("knowledge base " + swapped + ", entry 1 (y): lat must be within -90..90"),
                offTheGlobe.getMessage());
    }

    @Test
    void shouldNameTheFileAndLineOfAMalformedUserFile(@TempDir Path dir) throws Exception {
        Path user = dir.resolve("kb.json");
        Files.writeString(user, "[\n{\"id\": \"x\", \"name\": \"X\", \"type\": \"PER\"},\n{\"id\": \"y\" \"name\": \"Y\"}\n]\n");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KnowledgeBase.load(List.of(user)));

        assertTrue(e.getMessage().startsWith("knowledge base " + user + ", line 3: "), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }

    @Test
    void shouldRejectAnEntryWithoutAType(@TempDir Path dir) throws Exception {
        Path user = dir.resolve("kb.json");
        Files.writeString(user, "[{\"id\": \"x\", \"name\": \"X\", \"type\": \"PER\"}, {\"id\": \"y\", \"name\": \"Y\"}]");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KnowledgeBase.load(List.of(user)));

        assertTrue(e.getMessage().startsWith("knowledge base " + user + ", entry 2: needs an id, a name and a type"),
                e.getMessage());
    }

    @Test
    void shouldRejectAnEntryWithATypeItDoesNotKnow(@TempDir Path dir) throws Exception {
        Path user = dir.resolve("kb.json");
        Files.writeString(user, "[{\"id\": \"x\", \"name\": \"X\", \"type\": \"PERSON\"}]");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KnowledgeBase.load(List.of(user)));

        assertTrue(e.getMessage().contains("entry 1"), e.getMessage());
    }

    private Optional<String> idOf(String mention) {
        return bundled.lookup(mention).map(KnownEntity::id);
    }

    private static Optional<String> id(String id) {
        return Optional.of(id);
    }
}
