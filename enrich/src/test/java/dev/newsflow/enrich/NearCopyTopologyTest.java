package dev.newsflow.enrich;

import static dev.newsflow.enrich.TopologyFixture.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.enrich.entities.EntityTagger;
import dev.newsflow.model.Duplicate;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.ParagraphRef;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NearCopyTopologyTest {

    private static final String AGENCY = "Die Berichte über die Verlegung nordkoreanischer Truppen nach Russland wurden aus "
            + "Russland derweil bisher nicht dementiert, berichtete die Nachrichtenagentur am Abend.";
    private static final String AGENCY_EDITED = "Die Berichte über die Verlegung nordkoreanischer Truppen nach Russland wurden aus "
            + "Russland bislang nicht dementiert, berichtete die Nachrichtenagentur am Abend. (dpa)";
    private static final String AGENCY_AGAIN = "Die Berichte über die Verlegung nordkoreanischer Truppen nach Russland wurden aus "
            + "Russland derweil bisher nicht offiziell dementiert, berichtete die Nachrichtenagentur am Abend.";
    private static final String TEMPLATE = "Der Außenminister Sergej Lawrow traf am Montag in Moskau den chinesischen "
            + "Amtskollegen Wang Yi zu Gesprächen über die Lage in der Region.";
    private static final String SAME_TEMPLATE = "Der Außenminister Antony Blinken traf am Montag in Washington den britischen "
            + "Amtskollegen David Cameron zu Gesprächen über die Lage in der Region.";

    @TempDir
    Path stateDir;

    private TopologyFixture topology;

    @BeforeEach
    void start() {
        topology = new TopologyFixture(stateDir);
    }

    @AfterEach
    void stop() {
        assertTrue(topology.enriched.isEmpty(), "no output left unchecked");
        assertTrue(topology.unchanged.isEmpty(), "no notice left unchecked");
        topology.close();
    }

    @Test
    void shouldDropANearCopyInALaterArticleWithItsSimilarity() {
        topology.feed("a", "Titel A\n" + AGENCY, T0);
        topology.feed("b", "Titel B\n" + AGENCY_EDITED, T0.plusSeconds(60));

        assertEquals(List.of(), topology.next().duplicates());
        Duplicate copy = topology.next().duplicates().get(0);
        assertEquals(Duplicate.NEAR, copy.match());
        assertEquals(new ParagraphRef("a", 1), copy.duplicateOf());
        assertTrue(copy.similarity() >= 0.7 && copy.similarity() < 1.0, "similarity " + copy.similarity());
    }

    @Test
    void shouldKeepParagraphsOfTheSameTemplateWithOtherNames() {
        topology.feed("a", "Titel A\n" + TEMPLATE, T0);
        topology.feed("b", "Titel B\n" + SAME_TEMPLATE, T0.plusSeconds(60));

        assertEquals(List.of(), topology.next().duplicates());
        assertEquals(List.of(), topology.next().duplicates());
    }

    @Test
    void shouldGiveANearCopyToTheEarlierArticleWhateverOrderTheyArriveIn() {
        topology.feed("late", "Spät\n" + AGENCY_EDITED, T0.plusSeconds(60));
        assertEquals(List.of(), topology.next().duplicates());

        topology.feed("early", "Früh\n" + AGENCY, T0);

        Map<String, EnrichedArticle> out = topology.nextByArticle(2);
        assertEquals(List.of(), out.get("early").duplicates());
        Duplicate revised = out.get("late").duplicates().get(0);
        assertEquals(Duplicate.NEAR, revised.match());
        assertEquals(new ParagraphRef("early", 1), revised.duplicateOf());
    }

    @Test
    void shouldPointAtTheFirstCopyWhenABandIsFullWhateverOrderTheyArrivedIn() {
        topology.close();
        topology = new TopologyFixture(stateDir.resolve("one"), EnrichConfig.defaults().withBucketSize(1),
                EntityTagger.disabled());
        topology.feed("late", "Spät\n" + AGENCY, T0.plusSeconds(60));
        topology.next();
        topology.feed("early", "Früh\n" + AGENCY, T0);
        assertEquals(List.of("late", "early"), topology.enriched.readValuesToList().stream().map(EnrichedArticle::id).toList(),
                "the later article revised once, as an exact copy, and the earlier one");

        topology.feed("third", "Dritter\n" + AGENCY_AGAIN, T0.plusSeconds(120));

        assertEquals(new ParagraphRef("early", 1), topology.next().duplicates().get(0).duplicateOf(),
                "a band of one paragraph keeps the earliest, though it arrived last");
    }

    @Test
    void shouldKeepTheFirstOriginalWhenLaterOnesRevokeTheSameParagraphAfterIt() {
        topology.feed("third", "Dritter\n" + AGENCY_AGAIN, T0.plusSeconds(120));
        topology.next();
        topology.feed("first", "Erster\n" + AGENCY, T0);
        Map<String, EnrichedArticle> revised = topology.nextByArticle(2);
        assertEquals(new ParagraphRef("first", 1), revised.get("third").duplicates().get(0).duplicateOf());

        // the same words in another order: every band of third's paragraph, and another fingerprint
        topology.feed("second", "Zweiter\n" + AGENCY_AGAIN.replace("aus Russland derweil", "derweil aus Russland"),
                T0.plusSeconds(60));

        EnrichedArticle second = topology.next();
        assertEquals("second", second.id(), "third is not published again: its first copy is still the first");
        assertEquals(new ParagraphRef("first", 1), second.duplicates().get(0).duplicateOf());
    }

    @Test
    void shouldRememberOnlyTheFirstOfParagraphsWithTheSameTextWhateverOrderTheyArriveIn() {
        topology.feed("second", "Zweiter\n" + AGENCY, T0.plusSeconds(60));
        topology.feed("third", "Dritter\n" + AGENCY, T0.plusSeconds(120));
        topology.feed("first", "Erster\n" + AGENCY, T0);
        topology.enriched.readValuesToList();
        // what each band keeps is ClaimIndexTest's: one text, represented by "first"

        topology.feed("fourth", "Vierter\n" + AGENCY_EDITED, T0.plusSeconds(180));
        assertEquals(new ParagraphRef("first", 1), topology.next().duplicates().get(0).duplicateOf());
    }

    @Test
    void shouldProduceTheSameRecordsWhenNearCopiesAreReplayed() {
        topology.feed("a", "Titel A\n" + AGENCY, T0);
        topology.feed("b", "Titel B\n" + AGENCY_EDITED, T0.plusSeconds(60));
        topology.next();
        topology.next();

        topology.feed("b", "Titel B\n" + AGENCY_EDITED, T0.plusSeconds(120));
        topology.feed("a", "Titel A\n" + AGENCY, T0.plusSeconds(180));

        assertTrue(topology.enriched.isEmpty(), "the same records, so none published again");
        assertEquals(List.of("b", "a"), topology.unchanged.readKeyValuesToList().stream().map(kv -> kv.key).toList());
    }

    @Test
    void shouldForgetNearCopiesOlderThanTheRetention() {
        topology.close();
        topology = new TopologyFixture(stateDir.resolve("short"), EnrichConfig.defaults().withRetention(Duration.ofDays(1)),
                EntityTagger.disabled());
        topology.feed("a", "Titel A\n" + AGENCY, T0);
        topology.next();
        topology.advance(Duration.ofDays(3));

        topology.feed("b", "Titel B\n" + AGENCY_EDITED, T0.plus(Duration.ofDays(3)));

        assertEquals(List.of(), topology.next().duplicates());
    }
}
