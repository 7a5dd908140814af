package dev.newsflow.enrich;

import static dev.newsflow.enrich.TopologyFixture.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.enrich.entities.ArticleTagger;
import dev.newsflow.enrich.entities.CoreNlpRecogniser;
import dev.newsflow.enrich.entities.EntityTagger;
import dev.newsflow.enrich.entities.KnowledgeBase;
import dev.newsflow.enrich.entities.Linker;
import dev.newsflow.enrich.roles.Role;
import dev.newsflow.model.Duplicate;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Entity;
import dev.newsflow.model.Paragraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The replay corpus through the real topology with the real German model (issue 22, item 5): what
 * is not the article of 003 (its section labels, donation box, reader comments and the teaser of
 * another article) is not tagged, its title is its headline, and the other four articles keep
 * every entity named in their news paragraphs.
 */
class CorpusRolesTopologyTest {

    private static final String HEADLINE_003 = "Nordkoreas Hilfe für Russland – wie Kim Putin unter die Arme greift";
    private static final List<String> CORPUS = List.of("000_c581dff1dc219dce.txt", "001_7b908f9f754766f3.txt",
            "002_aeb1d45ba569944f.txt", "003_b4d41754e5c68a6e.txt", "004_279e27fa4c338c08.txt");

    @TempDir
    static Path stateDir;

    /** What the topology wrote, and what the tagger was given, by corpus file. */
    private static final Map<String, EnrichedArticle> written = new TreeMap<>();
    private static final Map<String, EnrichedArticle> untagged = new TreeMap<>();
    private static TopologyFixture topology;

    @BeforeAll
    static void enrichTheCorpus() throws IOException {
        ArticleTagger tagger = new ArticleTagger(CoreNlpRecogniser.shared(), new Linker(KnowledgeBase.load(List.of())));
        EntityTagger watched = article -> {
            untagged.put(article.source(), article);
            return tagger.tag(article);
        };
        topology = new TopologyFixture(stateDir, EnrichConfig.defaults(), watched);
        for (int i = 0; i < CORPUS.size(); i++) {
            String file = CORPUS.get(i);
            topology.feed(TopologyFixture.article(file.substring(0, 3), Files.readString(Path.of("../corpus", file)),
                    T0.plusSeconds(i)));
            EnrichedArticle article = topology.next();
            written.put(article.id() + ".txt", article);
        }
        // the same page once more under another id, as a site republishes it: every paragraph a copy of 003's
        topology.feed(TopologyFixture.article("copy", Files.readString(Path.of("../corpus", CORPUS.get(3))), T0.plusSeconds(10)));
        EnrichedArticle copy = topology.next();
        written.put(copy.source(), copy);
    }

    @AfterAll
    static void stop() {
        topology.close();
    }

    @Test
    void shouldTakeTheHeadlineOf003ForItsTitleAndNotTheSectionLabelAboveIt() {
        EnrichedArticle article = written.get("003.txt");

        assertEquals(HEADLINE_003, article.title());
        assertEquals("boilerplate", roleOf(article, "International"));
        assertEquals("boilerplate", roleOf(article, "Nordkorea"));
    }

    @Test
    void shouldGiveTheDonationBoxCommentsAndTeaserOf003RolesThatAreNotNews() {
        EnrichedArticle article = written.get("003.txt");

        for (String line : List.of("5 CHF", "15 CHF", "25 CHF", "DANKE FÜR DIE ♥", "Oder unterstütze uns per Banküberweisung.")) {
            assertEquals("boilerplate", roleOf(article, line), line);
        }
        for (String line : List.of("13 Kommentare", "Mondblüemli", "Dante&Lupus", "Melden")) {
            assertEquals("comment", roleOf(article, line), line);
        }
        assertEquals("teaser", roleOf(article, "Gefängnis Saidnaya – Assads «Schlachthaus für Menschen»"));
        assertEquals("teaser", roleOf(article, "Zur Story"));
    }

    @Test
    void shouldNameNoCommenterCurrencyOrTeaserEntityAmongTheEntitiesOf003() {
        EnrichedArticle article = written.get("003.txt");
        // what tagging every paragraph found, which is why this test is worth having
        Set<String> everywhere = names(allTagged("003.txt").entities());
        assertTrue(everywhere.containsAll(Set.of("Mondblüemli", "CHF", "Saidnaya")), everywhere.toString());

        Set<String> names = names(article.entities());
        for (String noise : List.of("Mondblüemli", "Dante&Lupus", "Haarspalter", "CHF", "Assad", "Baschar al-Assad",
                "Damaskus", "Saidnaya")) {
            assertFalse(names.contains(noise), noise + " among " + names);
        }
        assertTrue(names.containsAll(Set.of("Wladimir Putin", "Kim Jong Un", "Nordkorea", "Russland", "Ukraine")), names.toString());
        for (Paragraph paragraph : article.paragraphs()) {
            if (!Role.ofLabel(paragraph.role()).isNews()) {
                assertEquals(List.of(), paragraph.mentions(), "not tagged: " + paragraph.text());
            }
        }
    }

    @Test
    void shouldKeepEveryEntityNamedInTheNewsParagraphsOfTheOtherFour() {
        for (String file : List.of("000.txt", "001.txt", "002.txt", "004.txt")) {
            EnrichedArticle article = written.get(file);
            Set<String> inNews = new TreeSet<>();
            Set<String> elsewhere = new TreeSet<>();
            for (Paragraph paragraph : allTagged(file).paragraphs()) {
                boolean news = Role.ofLabel(paragraph.role()).isNews();
                paragraph.mentions().forEach(m -> (news ? inNews : elsewhere).add(m.entity()));
            }
            Set<String> found = new TreeSet<>(article.entities().stream().map(Entity::id).toList());

            assertEquals(inNews, found, file + ": the entities of its news paragraphs, and only those");
            elsewhere.removeAll(inNews);
            if (file.equals("001.txt")) {
                // its source line, "Mit Material der Nachrichtenagenturen dpa und AP.", is a byline
                assertFalse(elsewhere.isEmpty(), "a name outside the news, or this test proves little");
            }
        }
    }

    @Test
    void shouldTakeTheFirstHeadlineOfThePlainTextForTitle() {
        // 000 starts with a menu button ("AboAbonnieren"), the other three with their headline
        assertEquals(paragraphs("000.txt").get(1), written.get("000.txt").title());
        for (String file : List.of("001.txt", "002.txt", "004.txt")) {
            assertEquals(paragraphs(file).get(0), written.get(file).title(), file);
        }
    }

    @Test
    void shouldGiveEveryParagraphAndDuplicateARole() {
        for (EnrichedArticle article : written.values()) {
            article.paragraphs().forEach(p -> assertNotNull(p.role(), article.source() + ": " + p.text()));
            article.duplicates().forEach(d -> assertNotNull(d.role(), article.source() + ": " + d.index()));
        }
        // 003 repeats its headline under the picture: the copy is a duplicate, and still the title
        Duplicate repeat = written.get("003.txt").duplicates().stream()
                .filter(d -> d.duplicateOf().index() == paragraphs("003.txt").indexOf(HEADLINE_003))
                .findFirst().orElseThrow();
        assertEquals("title", repeat.role());
    }

    @Test
    void shouldGiveACopyTheRoleThatItsPageGivesIt() {
        EnrichedArticle first = written.get("003.txt");
        EnrichedArticle copy = written.get("copy.txt");
        String[] rolesOfFirst = new String[first.paragraphs().size() + first.duplicates().size()];
        first.paragraphs().forEach(p -> rolesOfFirst[p.index()] = p.role());
        first.duplicates().forEach(d -> rolesOfFirst[d.index()] = d.role());

        assertEquals(List.of(), copy.paragraphs());
        assertEquals(List.of(rolesOfFirst), copy.duplicates().stream().map(Duplicate::role).toList());
        assertEquals(HEADLINE_003, copy.title());
        assertEquals(List.of(), copy.entities());
        assertTrue(copy.duplicates().stream().anyMatch(d -> d.role().equals("comment")), "furniture among the copies");
    }

    /** The article as the tagger got it, tagged as if every paragraph were news: what it would have named before roles. */
    private static EnrichedArticle allTagged(String file) {
        EnrichedArticle article = untagged.get(file);
        List<Paragraph> unclassified = article.paragraphs().stream()
                .map(p -> new Paragraph(p.index(), p.text(), p.fingerprint(), List.of(), null)).toList();
        EnrichedArticle everything = new ArticleTagger(CoreNlpRecogniser.shared(), new Linker(KnowledgeBase.load(List.of())))
                .tag(new EnrichedArticle(article.schema(), article.id(), article.source(), article.title(),
                        article.publishedAt(), article.ingestedAt(), unclassified, article.duplicates(), List.of()));
        List<Paragraph> withRoles = new ArrayList<>();
        for (int i = 0; i < article.paragraphs().size(); i++) {
            Paragraph p = everything.paragraphs().get(i);
            withRoles.add(new Paragraph(p.index(), p.text(), p.fingerprint(), p.mentions(), article.paragraphs().get(i).role()));
        }
        return everything.withTags(withRoles, everything.entities());
    }

    private static List<String> paragraphs(String file) {
        EnrichedArticle article = written.get(file);
        String[] byIndex = new String[article.paragraphs().size() + article.duplicates().size()];
        article.paragraphs().forEach(p -> byIndex[p.index()] = p.text());
        // a duplicate's text is that of the paragraph it repeats, which is kept here: these are copies within the article
        article.duplicates().forEach(d -> byIndex[d.index()] = byIndex[d.duplicateOf().index()]);
        return List.of(byIndex);
    }

    private static String roleOf(EnrichedArticle article, String text) {
        return Stream.concat(
                        article.paragraphs().stream().filter(p -> p.text().equals(text)).map(Paragraph::role),
                        article.duplicates().stream().filter(d -> text.equals(paragraphs(article.source()).get(d.index())))
                                .map(Duplicate::role))
                .findFirst().orElseThrow(() -> new AssertionError("no paragraph " + text));
    }

    private static Set<String> names(List<Entity> entities) {
        Set<String> names = new TreeSet<>();
        entities.forEach(e -> names.add(e.name()));
        return names;
    }
}
