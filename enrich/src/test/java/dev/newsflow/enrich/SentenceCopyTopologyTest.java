package dev.newsflow.enrich;

import static dev.newsflow.enrich.TopologyFixture.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.model.Duplicate;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Paragraph;
import dev.newsflow.model.ParagraphRef;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paragraphs re-broken by another outlet: merged, split, with a sentence added, through the real topology. */
class SentenceCopyTopologyTest {

    // sentences of corpus/001, agency copy as outlets take it over
    private static final String NATO = "Die Nato hat angesichts der Berichte über einen möglicherweise bevorstehenden Einsatz "
            + "nordkoreanischer Truppen im russischen Krieg gegen die Ukraine Besorgnis bekundet.";
    private static final String RUTTE = "„Sollte Nordkorea Truppen entsenden, würde dies eine erhebliche Eskalation "
            + "darstellen“, teilte Generalsekretär Mark Rutte nach einem Gespräch mit dem südkoreanischen Präsidenten "
            + "Yoon Suk Yeol mit.";
    private static final String YOON = "Yoon hatte am Freitag mitgeteilt, dass nach Erkenntnissen des südkoreanischen "
            + "Geheimdiensts bereits mehr als 1.500 Angehörige nordkoreanischer Spezialkräfte in Russland seien.";
    private static final String CONTINGENT = "Sie sollen Teil eines Kontingents von 12.000 Soldaten sein, die Nordkorea "
            + "nach Russland entsenden wolle, wo sie im Ukrainekrieg eingesetzt werden sollten.";
    private static final String CONFIRMED = "Damit bestätigte Südkorea zuvor erhobene Anschuldigungen der Ukraine gegen Russland.";
    /** A sentence of an outlet's own: news. */
    private static final String OWN = "Die Regierung in Seoul bestellte daraufhin den russischen Botschafter ein.";
    /** A formula: no news, and no copy either. */
    private static final String FORMULA = "Das teilte ein Sprecher mit.";

    private static final String AGENCY = "Agentur\n" + NATO + " " + RUTTE + "\n" + YOON + " " + CONTINGENT + " " + CONFIRMED;

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
    void shouldDropTwoParagraphsMergedIntoOneNamingWhereEachSentenceCameFrom() {
        topology.feed("agency", AGENCY, T0);
        topology.feed("outlet", "Outlet\n" + NATO + " " + RUTTE + " " + YOON + " " + CONTINGENT + " " + CONFIRMED,
                T0.plusSeconds(60));

        assertEquals(List.of(), topology.next().duplicates());
        EnrichedArticle outlet = topology.next();
        assertEquals(List.of(0), kept(outlet));
        Duplicate merged = outlet.duplicates().get(0);
        assertEquals(Duplicate.SENTENCES, merged.match());
        assertNull(merged.similarity());
        assertEquals(new ParagraphRef("agency", 1), merged.duplicateOf(), "where its first sentence came from");
        assertEquals(List.of(new ParagraphRef("agency", 1), new ParagraphRef("agency", 2)), merged.sentencesOf());
    }

    @Test
    void shouldDropBothHalvesOfASplitParagraph() {
        topology.feed("agency", AGENCY, T0);
        topology.feed("outlet", "Outlet\n" + YOON + "\n" + CONTINGENT + " " + CONFIRMED, T0.plusSeconds(60));

        topology.next();
        EnrichedArticle outlet = topology.next();
        assertEquals(List.of(0), kept(outlet), "both halves dropped");
        for (Duplicate half : outlet.duplicates()) {
            assertEquals(new ParagraphRef("agency", 2), half.duplicateOf());
        }
        assertEquals(Duplicate.SENTENCES, outlet.duplicates().get(0).match(), "the smaller half is no near copy");
    }

    @Test
    void shouldDropACopyWithAFormulaOrAnOldSentenceAddedAndKeepOneWithANewSentence() {
        topology.feed("agency", AGENCY, T0);
        topology.feed("outlet", "Outlet\n" + YOON + " " + CONTINGENT + " " + CONFIRMED + " " + FORMULA
                + "\n" + NATO + " " + RUTTE + " " + CONFIRMED
                + "\n" + YOON + " " + CONTINGENT + " " + CONFIRMED + " " + OWN, T0.plusSeconds(60));

        topology.next();
        EnrichedArticle outlet = topology.next();
        assertEquals(List.of(0, 3), kept(outlet), "the copy with a sentence of its own is news");
        assertEquals(List.of(1, 2), outlet.duplicates().stream().map(Duplicate::index).toList());
        Duplicate withOldSentence = outlet.duplicates().get(1);
        assertEquals(Duplicate.SENTENCES, withOldSentence.match());
        assertEquals(List.of(new ParagraphRef("agency", 1), new ParagraphRef("agency", 2)), withOldSentence.sentencesOf());
    }

    @Test
    void shouldKeepAParagraphThatSharesOnlyOneSentenceWithAnEarlierOne() {
        topology.feed("agency", AGENCY, T0);
        topology.feed("outlet", "Outlet\n" + RUTTE + " " + OWN + "\n" + RUTTE + " " + YOON, T0.plusSeconds(60));

        topology.next();
        EnrichedArticle outlet = topology.next();
        assertEquals(List.of(0, 1), kept(outlet), "one sentence of its own keeps it");
        assertEquals(List.of(2), outlet.duplicates().stream().map(Duplicate::index).toList(),
                "the paragraph made of two of the agency's is dropped");
    }

    @Test
    void shouldDropAParagraphMergedFromTwoEarlierOnesOfTheSameArticle() {
        topology.feed("a", "Titel\n" + NATO + " " + RUTTE + "\n" + YOON + " " + CONTINGENT + "\n" + RUTTE + " " + YOON, T0);

        EnrichedArticle out = topology.next();
        assertEquals(List.of(0, 1, 2), kept(out));
        Duplicate merged = out.duplicates().get(0);
        assertEquals(Duplicate.SENTENCES, merged.match());
        assertEquals(new ParagraphRef("a", 1), merged.duplicateOf());
        assertEquals(List.of(new ParagraphRef("a", 1), new ParagraphRef("a", 2)), merged.sentencesOf());
    }

    @Test
    void shouldNeverDropTheTitleLineForItsSentence() {
        topology.feed("agency", AGENCY, T0);
        String title = NATO.substring(0, NATO.length() - 1);
        topology.feed("outlet", title + "\n" + RUTTE + " " + NATO + "\n" + RUTTE + " " + YOON, T0.plusSeconds(60));

        topology.next();
        EnrichedArticle outlet = topology.next();
        assertEquals(List.of(0), kept(outlet), "the title stays, though its one sentence is the agency's");
        assertEquals(Duplicate.SENTENCES, outlet.duplicates().get(1).match());
        assertEquals(new ParagraphRef("agency", 1), outlet.duplicates().get(0).duplicateOf(),
                "the lead, the same sentences in another order, a near copy");
    }

    @Test
    void shouldReviseTheLaterArticleWhenTheEarlierOneArrivesAfterIt() {
        topology.feed("outlet", "Outlet\n" + NATO + " " + RUTTE + " " + YOON + " " + CONTINGENT, T0.plusSeconds(60));
        assertEquals(List.of(0, 1), kept(topology.next()), "alone, the merged paragraph is news");

        topology.feed("agency", AGENCY, T0);

        Map<String, EnrichedArticle> out = topology.nextByArticle(2);
        assertEquals(List.of(0, 1, 2), kept(out.get("agency")));
        EnrichedArticle revised = out.get("outlet");
        assertEquals(List.of(0), kept(revised));
        assertEquals(Duplicate.SENTENCES, revised.duplicates().get(0).match());
        assertEquals(List.of(new ParagraphRef("agency", 1), new ParagraphRef("agency", 2)),
                revised.duplicates().get(0).sentencesOf());
    }

    @Test
    void shouldPointAtTheFirstCopyOfASentenceWhateverOrderTheArticlesArriveIn() {
        String first = "Erster\n" + NATO + " " + OWN;
        String second = "Zweiter\n" + NATO + " " + YOON + "\n" + CONTINGENT + " " + CONFIRMED;
        String third = "Dritter\n" + NATO + " " + CONTINGENT;
        topology.feed("second", second, T0.plusSeconds(60));
        topology.feed("third", third, T0.plusSeconds(120));
        assertEquals(new ParagraphRef("second", 1), topology.nextByArticle(2).get("third").duplicates().get(0).duplicateOf());

        topology.feed("first", first, T0);

        Map<String, EnrichedArticle> out = topology.nextByArticle(2);
        assertEquals(java.util.Set.of("first", "third"), out.keySet(),
                "second is not published again: its paragraph keeps the sentence that is its own");
        Duplicate revised = out.get("third").duplicates().get(0);
        assertEquals(new ParagraphRef("first", 1), revised.duplicateOf(),
                "the first copy of the first sentence, though the paragraph it pointed at is kept");
        assertEquals(List.of(new ParagraphRef("first", 1), new ParagraphRef("second", 2)), revised.sentencesOf());
    }

    @Test
    void shouldProduceTheSameRecordsWhenReBrokenCopiesAreReplayed() {
        String outlet = "Outlet\n" + NATO + " " + RUTTE + " " + YOON + "\n" + CONTINGENT + " " + CONFIRMED + " " + FORMULA;
        topology.feed("outlet", outlet, T0.plusSeconds(60));
        topology.feed("agency", AGENCY, T0);
        topology.next();
        EnrichedArticle revised = topology.nextByArticle(2).get("outlet");
        assertEquals(List.of(Duplicate.SENTENCES, Duplicate.SENTENCES), revised.duplicates().stream().map(Duplicate::match).toList());

        topology.feed("agency", AGENCY, T0.plusSeconds(120));
        topology.feed("outlet", outlet, T0.plusSeconds(180));

        assertTrue(topology.enriched.isEmpty(), "the same records, so none published again");
        assertEquals(List.of("agency", "outlet"), topology.unchanged.readKeyValuesToList().stream().map(kv -> kv.key).toList());
    }

    private static List<Integer> kept(EnrichedArticle article) {
        return article.paragraphs().stream().map(Paragraph::index).toList();
    }
}
