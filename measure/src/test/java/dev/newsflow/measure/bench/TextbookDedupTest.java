package dev.newsflow.measure.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.enrich.EnrichStreams;
import dev.newsflow.enrich.Fingerprinter;
import dev.newsflow.model.Article;
import dev.newsflow.model.Duplicate;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Paragraph;
import dev.newsflow.model.ParagraphRef;
import dev.newsflow.model.Topics;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The textbook peer of the benchmark, on Kafka's test driver: exact copies dropped, each article out once complete. */
class TextbookDedupTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final String SHARED = "Nordkorea gehört zu den wenigen offenen Unterstützern von Russlands Krieg gegen die Ukraine.";

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, Article> articles;
    private TestOutputTopic<String, EnrichedArticle> enriched;

    @BeforeEach
    void start() {
        driver = new TopologyTestDriver(TextbookDedup.build(), EnrichStreams.properties(
                Map.of(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092"), stateDir, 1));
        articles = driver.createInputTopic(Topics.ARTICLES.name(), Topics.ARTICLES.keySerde().serializer(),
                Topics.ARTICLES.valueSerde().serializer());
        enriched = driver.createOutputTopic(Topics.ENRICHED.name(), Topics.ENRICHED.keySerde().deserializer(),
                Topics.ENRICHED.valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        assertTrue(enriched.isEmpty(), "no output left unchecked");
        driver.close();
    }

    @Test
    void shouldKeepAParagraphInTheFirstArticleAndDropItFromALaterOne() {
        feed("a", "Titel A\n\n" + SHARED, T0);
        feed("b", "Titel B\n\n" + SHARED.toUpperCase() + "\n\nEigener Absatz.", T0.plusSeconds(60));

        EnrichedArticle a = enriched.readValue();
        EnrichedArticle b = enriched.readValue();
        assertEquals(List.of(0, 1), kept(a));
        assertEquals(List.of(), a.duplicates());
        assertEquals(List.of(0, 2), kept(b));
        assertEquals(List.of(new Duplicate(1, Fingerprinter.fingerprint(SHARED), Duplicate.EXACT, null,
                new ParagraphRef("a", 1), null)), b.duplicates());
        assertEquals("Titel B", b.title());
        assertEquals(T0.plusSeconds(60), b.ingestedAt());
    }

    @Test
    void shouldDropARepeatWithinAnArticleAsACopyOfItsFirstOccurrence() {
        feed("a", "Titel\n\n" + SHARED + "\n\nDazwischen.\n\n" + SHARED, T0);

        EnrichedArticle a = enriched.readValue();
        assertEquals(List.of(0, 1, 2), kept(a));
        assertEquals(new ParagraphRef("a", 1), a.duplicates().get(0).duplicateOf());
        assertEquals(3, a.duplicates().get(0).index());
    }

    @Test
    void shouldRankByIngestionTimeNotByArrival() {
        feed("late", "Später\n\n" + SHARED, T0.plusSeconds(60));
        feed("early", "Früher\n\n" + SHARED, T0);

        EnrichedArticle late = enriched.readValue();
        EnrichedArticle early = enriched.readValue();
        assertEquals(List.of(0, 1), kept(late), "already out when the earlier article came: not revised");
        assertEquals(List.of(0, 1), kept(early), "the earlier article owns the paragraph");
        feed("third", "Dritter\n\n" + SHARED, T0.plusSeconds(120));
        assertEquals(new ParagraphRef("early", 1), enriched.readValue().duplicates().get(0).duplicateOf());
    }

    @Test
    void shouldKeepWhatAReplayedArticleOwns() {
        feed("a", "Titel A\n\n" + SHARED, T0);
        feed("a", "Titel A\n\n" + SHARED, T0.plusSeconds(300));

        assertEquals(List.of(0, 1), kept(enriched.readValue()));
        assertEquals(List.of(0, 1), kept(enriched.readValue()));
    }

    private void feed(String id, String text, Instant ingestedAt) {
        String title = text.lines().findFirst().orElseThrow();
        articles.pipeInput(id, new Article(id, id + ".txt", title, text, null, ingestedAt, "text/plain"), ingestedAt);
    }

    private static List<Integer> kept(EnrichedArticle article) {
        return article.paragraphs().stream().map(Paragraph::index).toList();
    }
}
