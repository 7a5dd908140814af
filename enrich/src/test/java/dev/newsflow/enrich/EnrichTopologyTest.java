package dev.newsflow.enrich;

import static dev.newsflow.enrich.TopologyFixture.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.enrich.entities.EntityTagger;
import dev.newsflow.model.Article;
import dev.newsflow.model.Change;
import dev.newsflow.model.DeadLetter;
import dev.newsflow.model.Duplicate;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Paragraph;
import dev.newsflow.model.ParagraphRef;
import dev.newsflow.model.UnchangedArticle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichTopologyTest {

    private static final String SHARED = "Nordkorea gehört zu den wenigen offenen Unterstützern von Russlands Krieg gegen die Ukraine.";

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
        assertTrue(topology.deadLetters.isEmpty(), "no dead letter left unchecked");
        topology.close();
    }

    @Test
    void shouldDropTheRepeatedBlockAtTheEndOfCorpus001AndPointAtItsFirstCopy() throws Exception {
        String text = Files.readString(Path.of("../corpus/001_7b908f9f754766f3.txt"));
        topology.feed("001", text, T0);

        EnrichedArticle out = topology.next();
        List<Integer> kept = out.paragraphs().stream().map(Paragraph::index).toList();
        int last = kept.size() + out.duplicates().size() - 1;
        assertEquals(List.of(
                new Duplicate(last - 1, fingerprintOf(out, 1), Duplicate.EXACT, null, new ParagraphRef("001", 1), "body"),
                new Duplicate(last, fingerprintOf(out, 2), Duplicate.EXACT, null, new ParagraphRef("001", 2), "body")),
                out.duplicates());
        assertTrue(out.paragraphs().get(2).text().endsWith("HUR, sprach zuvor in einem Interview von 11.000 "
                + "nordkoreanischen Soldaten, die bereits ab November einsatzbereit sein könnten."),
                "the hard-wrapped lines are one paragraph");
    }

    @Test
    void shouldKeepAParagraphInTheFirstArticleAndDropItFromALaterOne() {
        // typeset in the first article (German quotes, an en dash, a no-break space, a soft hyphen), plain in the copy
        String typeset = "„Nordkorea gehört zu den wenigen offenen Unter\u00ADstützern von Russlands Krieg“ – sagte der\u00A0Minister.";
        String plain = "\"Nordkorea gehört zu den wenigen offenen Unterstützern von Russlands Krieg\" - sagte der Minister.";
        topology.feed("a", "Titel A\n" + typeset, T0);
        topology.feed("b", "Titel B\n" + plain + "\nEigener Absatz.", T0.plusSeconds(60));

        EnrichedArticle a = topology.next();
        EnrichedArticle b = topology.next();
        assertEquals(List.of(0, 1), keptIndexes(a));
        assertEquals(List.of(), a.duplicates());
        assertEquals(List.of(0, 2), keptIndexes(b));
        assertEquals(new ParagraphRef("a", 1), b.duplicates().get(0).duplicateOf());
        assertEquals(List.of(new Duplicate(1, fingerprintOf(a, 1), Duplicate.EXACT, null, new ParagraphRef("a", 1),
                        b.duplicates().get(0).role())),
                b.duplicates(), "the same text after normalisation: an exact copy, not a near one");
    }

    @Test
    void shouldNotPublishAReplayedArticleAgainButSayThatItIsUnchanged() {
        topology.feed("a", "Titel A\n" + SHARED, T0);
        topology.feed("b", "Titel B\n" + SHARED, T0.plusSeconds(60));
        TestRecord<String, EnrichedArticle> a = topology.enriched.readRecord();
        TestRecord<String, EnrichedArticle> b = topology.enriched.readRecord();
        assertEquals("new", header(a.headers(), Change.HEADER));
        assertEquals("new", header(b.headers(), Change.HEADER));

        topology.feed("a", "Titel A\n" + SHARED, T0.plusSeconds(3600));
        topology.feed("b", "Titel B\n" + SHARED, T0.plusSeconds(3660));

        assertTrue(topology.enriched.isEmpty(), "the replays make the same records, which are published already");
        TestRecord<String, UnchangedArticle> notice = topology.unchanged.readRecord();
        assertEquals("a", notice.key());
        // the title is the record's: the line the role classifier took for the headline
        assertEquals(new UnchangedArticle(1, "a", "a.txt", a.value().title(), T0), notice.value(),
                "the replay keeps its first ingestion time, so its record is unchanged");
        assertEquals(T0, notice.getRecordTime(), "the record time is the article's first ingestion, as its record's");
        assertEquals("b", topology.unchanged.readValue().id());
    }

    /** A web page's markup reaches the classifier through the topology: the scatter has the article, markup and all. */
    @Test
    void shouldTakeTheRolesOfAWebPageFromItsMarkup() {
        String text = String.join("\n\n", "Für den Teig rühren Sie zuerst die Butter mit dem Zucker schaumig und geben "
                + "dann nach und nach die Eier dazu.", "200 g Zucker", "6 mittelgroße Eier", "Frischhaltefolie",
                "Den Teig danach eine Stunde kalt stellen, bevor Sie ihn ausrollen und in die Form legen.");
        List<String> markup = List.of("paragraph", "list-item", "list-item", "list-item", "paragraph");
        topology.feed(new Article("page", "https://example.org/kuchen", "Käsekuchen", text, null, T0, "text/html", markup));
        topology.feed(new Article("bare", "https://example.org/torte", "Torte", text, null, T0.plusSeconds(1), "text/html", null));

        Map<String, EnrichedArticle> byId = topology.nextByArticle(2);

        assertEquals(List.of("body", "body", "body", "body"), roles(byId.get("page")).subList(0, 4), "list items, as the markup says");
        assertNotEquals(roles(byId.get("page")), roles(byId.get("bare")), "without the markup, the classifier alone decides");
    }

    /** A site's slogan, which reads as a headline, and its newsletter box, which reads as prose. */
    private static final String SLOGAN = "Nachrichten aus Stuttgart und der Region";
    private static final String NEWSLETTER = "Abonnieren Sie unseren Newsletter und erhalten Sie jeden Morgen die "
            + "wichtigsten Nachrichten aus der Region.";
    private static final List<List<String>> STORIES = List.of(
            List.of("Stadtrat beschließt neuen Haushalt für das kommende Jahr",
                    "Der Stadtrat hat am Dienstagabend nach langer Debatte den Haushalt beschlossen. Die Stadt will vor "
                            + "allem in Schulen und Radwege investieren.",
                    "Die Opposition kritisierte die geplanten Ausgaben als zu hoch und forderte, die Gebühren für die Kitas "
                            + "nicht weiter zu erhöhen."),
            List.of("Neue Stadtbahnlinie fährt ab Dezember nach Fellbach",
                    "Die Verkehrsbetriebe eröffnen im Dezember die verlängerte Linie U19. Fahrgäste sparen damit bis zu "
                            + "zwölf Minuten auf dem Weg in die Innenstadt.",
                    "Während der Bauarbeiten war die Strecke seit dem Frühjahr gesperrt gewesen, die Fahrgäste mussten auf "
                            + "Busse umsteigen."),
            List.of("Weinlese am Neckar endet mit guter Qualität",
                    "Die Winzer im Remstal und am Neckar haben ihre Lese abgeschlossen. Die Trauben seien gesund und reif "
                            + "gewesen, teilte der Weinbauverband mit.",
                    "Wegen des Hagels im Juli fiel die Menge in einigen Lagen allerdings deutlich geringer aus als in den "
                            + "Jahren zuvor."),
            List.of("Polizei sucht Zeugen nach Einbruch in Bäckerei",
                    "Unbekannte sind in der Nacht zum Sonntag in eine Bäckerei in Bad Cannstatt eingebrochen und haben die "
                            + "Kasse mitgenommen.",
                    "Hinweise nimmt das Polizeirevier in der Martin-Luther-Straße entgegen, auch anonym und rund um die Uhr "
                            + "am Telefon."),
            List.of("Hallenbad in Vaihingen öffnet nach Sanierung wieder",
                    "Nach zwei Jahren Sanierung öffnet das Hallenbad in Vaihingen am Samstag wieder. Die Stadt hat das "
                            + "Dach erneuert und die Technik ausgetauscht.",
                    "Zur Eröffnung ist der Eintritt am ersten Wochenende frei, danach gelten die neuen Preise für Erwachsene "
                            + "und Kinder."));

    /** Story {@code n} as a scraped page of a site: its slogan on top, its newsletter box in the middle. */
    private static Article page(String id, String source, int n, java.time.Instant at) {
        List<String> story = STORIES.get(n);
        String text = String.join("\n", SLOGAN, story.get(0), story.get(1), NEWSLETTER, story.get(2));
        return new Article(id, source, SLOGAN, text, null, at, "text/plain");
    }

    private static final int NEWSLETTER_AT = 3;

    /**
     * A line that recurs in the articles of one site is its furniture: from the third article of
     * the site on, whatever the classifier alone took it for, it is boilerplate, and no headline.
     * The first two keep what the classifier alone said (nothing is revised for it).
     */
    @Test
    void shouldTakeALineThatRecursAcrossASiteForBoilerplateFromItsThirdArticleOn() {
        List<String> sources = List.of("https://www.tagblatt.example/politik/haushalt", "https://tagblatt.example/verkehr/u19",
                "http://WWW.Tagblatt.example/region/weinlese?utm=x", "https://tagblatt.example:443/blaulicht/einbruch");
        for (int i = 0; i < sources.size(); i++) {
            topology.feed(page("p" + i, sources.get(i), i, T0.plusSeconds(i)));
        }
        List<EnrichedArticle> out = List.of(topology.next(), topology.next(), topology.next(), topology.next());

        for (int i : List.of(0, 1)) {
            assertEquals("body", roles(out.get(i)).get(NEWSLETTER_AT), "the classifier alone: prose");
            assertEquals("title", roles(out.get(i)).get(0));
            assertEquals(SLOGAN, out.get(i).title(), "the slogan reads as a headline");
        }
        for (int i : List.of(2, 3)) {
            assertEquals(List.of("boilerplate", "title", "body", "boilerplate", "body"), roles(out.get(i)), "article " + i);
            assertEquals(STORIES.get(i).get(0), out.get(i).title(), "a recurring line is no headline");
        }
        assertEquals(List.of(), out.get(2).paragraphs().stream().filter(p -> p.index() == NEWSLETTER_AT).toList(),
                "the line is still a duplicate of its first copy");
    }

    /** Files have no site: a folder of inputs mixes outlets, and a line that several share is news copied. */
    @Test
    void shouldNotCountLinesAcrossArticlesWithoutASite() {
        for (int i = 0; i < 4; i++) {
            topology.feed(page("f" + i, "00" + i + "_tagblatt.txt", i, T0.plusSeconds(i)));
        }
        for (int i = 0; i < 4; i++) {
            EnrichedArticle article = topology.next();
            assertEquals("body", roles(article).get(NEWSLETTER_AT), article.id());
            assertEquals(SLOGAN, article.title());
        }
    }

    /** A line counts per site: two articles of each of two sites share it, and neither site has it three times. */
    @Test
    void shouldCountALineOnEachSiteApart() {
        List<String> sources = List.of("https://tagblatt.example/a", "https://zeitung.example/b", "https://tagblatt.example/c",
                "https://www.zeitung.example/d", "https://tagblatt.example/e");
        for (int i = 0; i < sources.size(); i++) {
            topology.feed(page("s" + i, sources.get(i), i, T0.plusSeconds(i)));
        }
        for (int i = 0; i < sources.size(); i++) {
            EnrichedArticle article = topology.next();
            assertEquals(i == 4 ? "boilerplate" : "body", roles(article).get(NEWSLETTER_AT), article.id() + " from " + sources.get(i));
        }
    }

    /**
     * A replay is the same article: it never counts as another article that has its lines, and the
     * first articles, replayed after a site's later ones, are told what they were told the first
     * time, so their records do not change.
     */
    @Test
    void shouldNotCountAReplayOfAnArticleAsAnotherArticleOfItsSite() {
        Article first = page("p0", "https://tagblatt.example/a", 0, T0);
        for (int pass = 0; pass < 3; pass++) {
            topology.feed(first);
        }
        assertEquals("body", roles(topology.next()).get(NEWSLETTER_AT));
        assertEquals(List.of("p0", "p0"), List.of(topology.unchanged.readValue().id(), topology.unchanged.readValue().id()),
                "replays, unchanged");

        topology.feed(page("p1", "https://tagblatt.example/b", 1, T0.plusSeconds(1)));
        topology.feed(page("p2", "https://tagblatt.example/c", 2, T0.plusSeconds(2)));
        assertEquals("body", roles(topology.next()).get(NEWSLETTER_AT), "the second article of the site");
        assertEquals("boilerplate", roles(topology.next()).get(NEWSLETTER_AT), "the third");
        topology.feed(first);
        assertEquals("p0", topology.unchanged.readValue().id(), "the first article, replayed after the third, is unchanged");
    }

    /**
     * A web page's roles are decided again with its markup, which its body carries for it: its list
     * items stay body where its recurring line becomes boilerplate.
     */
    @Test
    void shouldDecideTheRolesOfAWebPageAgainWithItsMarkupWhereALineRecurs() {
        List<String> markup = List.of("paragraph", "list-item", "list-item", "list-item", "paragraph", "paragraph");
        for (int i = 0; i < 3; i++) {
            // list items of its own: a list item that three articles of the site have recurs as any line does
            String text = String.join("\n\n", STORIES.get(i).get(1), (200 + 50 * i) + " g Zucker", (6 + i) + " mittelgroße Eier",
                    (2 + i) + " Blatt Gelatine", NEWSLETTER, STORIES.get(i).get(2));
            topology.feed(new Article("w" + i, "https://tagblatt.example/w" + i, STORIES.get(i).get(0), text, null,
                    T0.plusSeconds(i), "text/html", markup));
        }
        List<EnrichedArticle> out = List.of(topology.next(), topology.next(), topology.next());

        assertEquals("body", roles(out.get(0)).get(4), "the classifier alone: prose");
        assertEquals(List.of("body", "body", "body", "body", "boilerplate", "body"), roles(out.get(2)),
                "the list items as the markup says, the recurring line boilerplate");
    }

    private static List<String> roles(EnrichedArticle article) {
        java.util.SortedMap<Integer, String> byIndex = new java.util.TreeMap<>();
        article.paragraphs().forEach(p -> byIndex.put(p.index(), p.role()));
        article.duplicates().forEach(d -> byIndex.put(d.index(), d.role()));
        return List.copyOf(byIndex.values());
    }

    /**
     * A replay keeps its first ingestion time, which may lie further back than the revision window:
     * its gathering must not be swept away as expired while it waits for its verdicts (the sweep
     * runs on the stream time of the task, which the articles it reads now drive too).
     */
    @Test
    void shouldGatherAReplayOfAnArticleFirstIngestedLongerAgoThanTheRevisionWindow() {
        topology.feed("a", "Titel A\n" + SHARED, T0);
        assertEquals("a", topology.next().id());
        Duration later = EnrichConfig.DEFAULT_REVISION_WINDOW.multipliedBy(6);
        topology.feed("b", "Titel B\nEin ganz anderer Absatz über die Pegelstände der Elbe in Dresden.", T0.plus(later));
        assertEquals("b", topology.next().id());

        topology.feed("a", "Titel A\n" + SHARED, T0.plus(later).plus(EnrichConfig.DEFAULT_REVISION_WINDOW).plusSeconds(1));

        assertEquals("a", topology.unchanged.readValue().id(), "gathered, and found unchanged");
    }

    @Test
    void shouldPublishAnArticleThatComesAgainChanged() {
        topology.feed("a", "Titel A\n" + SHARED, T0);
        EnrichedArticle first = topology.next();

        topology.feed("a", "Titel A\n" + SHARED + "\nEin Absatz mehr.", T0.plusSeconds(60));
        topology.feed("a", "Titel A\n" + SHARED + "\nEin Absatz mehr.", T0.plusSeconds(120));

        TestRecord<String, EnrichedArticle> revised = topology.enriched.readRecord();
        assertEquals("revised", header(revised.headers(), Change.HEADER));
        assertEquals(first.paragraphs().size() + 1, revised.value().paragraphs().size());
        assertEquals(T0, revised.value().ingestedAt());
        assertTrue(topology.enriched.isEmpty(), "the revision, once");
        assertEquals("a", topology.unchanged.readValue().id(), "then unchanged");
    }

    @Test
    void shouldForgetWhatWasPublishedARetentionAfterTheArticleWasLastSeen() {
        topology.close();
        topology = new TopologyFixture(stateDir.resolve("short"),
                EnrichConfig.defaults().withRetention(Duration.ofDays(1)), EntityTagger.disabled());
        KeyValueStore<String, ?> lastEmitted = topology.driver.getKeyValueStore(EnrichTopology.LAST_EMITTED_STORE);
        topology.feed("a", "Titel A\n" + SHARED, T0);
        topology.next();
        assertTrue(lastEmitted.get("a") != null);

        topology.advance(Duration.ofDays(3));

        assertNull(lastEmitted.get("a"), "forgotten");
        topology.feed("a", "Titel A\n" + SHARED, T0.plus(Duration.ofDays(3)));
        TestRecord<String, EnrichedArticle> again = topology.enriched.readRecord();
        assertEquals("new", header(again.headers(), Change.HEADER), "nothing published is remembered");
    }

    @Test
    void shouldGiveAParagraphToTheEarlierArticleWhateverOrderTheyArriveIn() {
        topology.feed("late", "Spät\n" + SHARED, T0.plusSeconds(60));
        EnrichedArticle lateFirst = topology.next();
        assertEquals(List.of(0, 1), keptIndexes(lateFirst), "alone, the later article owns the paragraph");

        topology.feed("early", "Früh\n" + SHARED, T0);

        Map<String, EnrichedArticle> out = topology.nextByArticle(2);
        EnrichedArticle early = out.get("early");
        EnrichedArticle lateRevised = out.get("late");
        assertEquals(List.of(0, 1), keptIndexes(early));
        assertEquals("late", lateRevised.id());
        assertEquals(List.of(0), keptIndexes(lateRevised));
        assertEquals(new ParagraphRef("early", 1), lateRevised.duplicates().get(0).duplicateOf());
    }

    @Test
    void shouldBreakATieOnIngestionTimeByArticleId() {
        topology.feed("zeta", "Zeta\n" + SHARED, T0);
        topology.feed("alpha", "Alpha\n" + SHARED, T0);

        EnrichedArticle zeta = topology.next();
        Map<String, EnrichedArticle> out = topology.nextByArticle(2);
        EnrichedArticle alpha = out.get("alpha");
        EnrichedArticle zetaRevised = out.get("zeta");
        assertEquals(List.of(0, 1), keptIndexes(zeta));
        assertEquals(List.of(0, 1), keptIndexes(alpha));
        assertEquals(new ParagraphRef("alpha", 1), zetaRevised.duplicates().get(0).duplicateOf());

        topology.feed("zeta", "Zeta\n" + SHARED, T0.plusSeconds(5));
        assertTrue(topology.enriched.isEmpty(), "a replay after the revision agrees with it");
        assertEquals("zeta", topology.unchanged.readValue().id());
    }

    @Test
    void shouldSendUnreadableRecordsToTheDeadLetterTopicAndKeepRunning() {
        topology.articles.pipeInput("x", "{not json".getBytes(StandardCharsets.UTF_8), T0);
        topology.articles.pipeInput("y", "{\"id\":\"y\",\"text\":\"  \"}".getBytes(StandardCharsets.UTF_8), T0);
        topology.feed("a", "Titel A\n" + SHARED, T0);

        TestRecord<String, byte[]> garbage = topology.deadLetters.readRecord();
        assertEquals("{not json", new String(garbage.value(), StandardCharsets.UTF_8));
        assertEquals("newsflow.articles", header(garbage.headers(), DeadLetter.TOPIC));
        assertEquals("0", header(garbage.headers(), DeadLetter.OFFSET));
        assertTrue(header(garbage.headers(), DeadLetter.REASON).startsWith("not a valid Article"));
        assertEquals("article y has no text", header(topology.deadLetters.readRecord().headers(), DeadLetter.REASON));
        assertEquals("a", topology.next().id());
    }

    @Test
    void shouldForgetFingerprintsOlderThanTheRetention() {
        topology.close();
        topology = new TopologyFixture(stateDir.resolve("short"),
                EnrichConfig.defaults().withRetention(Duration.ofDays(1)), EntityTagger.disabled());
        topology.feed("a", "Titel A\n" + SHARED, T0);
        topology.next();
        topology.advance(Duration.ofDays(3));

        topology.feed("b", "Titel B\n" + SHARED, T0.plus(Duration.ofDays(3)));

        assertEquals(List.of(), topology.next().duplicates(), "the old copy is forgotten");
    }

    @Test
    void shouldRememberFingerprintsWithinTheRetention() {
        topology.feed("a", "Titel A\n" + SHARED, T0);
        topology.next();
        topology.advance(Duration.ofDays(3));

        topology.feed("b", "Titel B\n" + SHARED, T0.plus(Duration.ofDays(3)));

        assertEquals(1, topology.next().duplicates().size());
    }

    @Test
    void shouldNotRetagOrChangeAnArticleWithoutRepeats() {
        topology.feed("a", "Titel\nEins.\nZwei.", T0);
        EnrichedArticle out = topology.next();
        assertEquals(List.of("Titel", "Eins.", "Zwei."), out.paragraphs().stream().map(Paragraph::text).toList());
        assertEquals(T0, out.ingestedAt());
        assertNull(out.publishedAt());
        assertEquals(1, out.schema());
    }

    private static List<Integer> keptIndexes(EnrichedArticle article) {
        return article.paragraphs().stream().map(Paragraph::index).toList();
    }

    private static String fingerprintOf(EnrichedArticle article, int index) {
        return article.paragraphs().stream().filter(p -> p.index() == index).findFirst().orElseThrow().fingerprint();
    }

    private static String header(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
