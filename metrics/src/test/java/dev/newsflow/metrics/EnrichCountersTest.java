package dev.newsflow.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsflow.model.Duplicate;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Mention;
import dev.newsflow.model.Paragraph;
import dev.newsflow.model.ParagraphRef;
import dev.newsflow.model.UnchangedArticle;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EnrichCountersTest {

    private static final Instant INGESTED = Instant.parse("2026-11-22T01:00:00Z");

    // at the ingest time before the histogram is made: it rotates its time windows by this clock
    private final MockClock clock = at(INGESTED);
    private final PrometheusMeterRegistry registry =
            new PrometheusMeterRegistry(PrometheusConfig.DEFAULT, new PrometheusRegistry(), clock);
    private final EnrichCounters counters = new EnrichCounters(registry);

    private static MockClock at(Instant time) {
        MockClock clock = new MockClock();
        clock.add(time.toEpochMilli() - clock.wallTime(), TimeUnit.MILLISECONDS);
        return clock;
    }

    @Test
    void shouldCountParagraphsByVerdictAndMentionsByTypeAsPrometheusNamesThem() {
        counters.enriched(article("a",
                List.of(paragraph(0, mention("PER"), mention("LOC")), paragraph(1, mention("LOC")), paragraph(3)),
                List.of(duplicate(2, Duplicate.EXACT), duplicate(4, Duplicate.NEAR), duplicate(5, Duplicate.EXACT),
                        duplicate(6, Duplicate.SENTENCES))));
        counters.enriched(article("b", List.of(paragraph(0, mention("ORG"))), List.of()));

        Map<String, Double> samples = Scrape.parse(registry.scrape());
        assertEquals(2.0, samples.get("newsflow_articles_enriched_total"));
        assertEquals(4.0, samples.get("newsflow_paragraphs_kept_total"));
        assertEquals(2.0, samples.get("newsflow_paragraphs_dropped_total{match=\"exact\"}"));
        assertEquals(1.0, samples.get("newsflow_paragraphs_dropped_total{match=\"near\"}"));
        assertEquals(1.0, samples.get("newsflow_paragraphs_dropped_total{match=\"sentences\"}"));
        assertEquals(1.0, samples.get("newsflow_mentions_total{type=\"PER\"}"));
        assertEquals(2.0, samples.get("newsflow_mentions_total{type=\"LOC\"}"));
        assertEquals(1.0, samples.get("newsflow_mentions_total{type=\"ORG\"}"));
        assertEquals(0.0, samples.get("newsflow_mentions_total{type=\"MISC\"}"), "known types read 0 before the first");
    }

    @Test
    void shouldCountAMatchKindOrTypeAddedLaterUnderItsOwnLabel() {
        counters.enriched(article("a", List.of(paragraph(0)), List.of(duplicate(1, "paraphrase"))));

        assertEquals(1.0, Scrape.parse(registry.scrape()).get("newsflow_paragraphs_dropped_total{match=\"paraphrase\"}"));
    }

    @Test
    void shouldCountAnUnchangedArticleAsUnchangedOnlyNotAsEnrichedAgain() {
        EnrichedArticle article = article("a", List.of(paragraph(0, mention("PER"))), List.of(duplicate(1, Duplicate.EXACT)));
        counters.enriched(article);
        clock.add(1, TimeUnit.HOURS);
        counters.unchanged(UnchangedArticle.of(article));
        counters.unchanged(UnchangedArticle.of(article));

        Map<String, Double> samples = Scrape.parse(registry.scrape());
        assertEquals(2.0, samples.get("newsflow_articles_unchanged_total"));
        assertEquals(1.0, samples.get("newsflow_articles_enriched_total"), "a replay is not enriched again");
        assertEquals(1.0, samples.get("newsflow_paragraphs_kept_total"));
        assertEquals(1.0, samples.get("newsflow_paragraphs_dropped_total{match=\"exact\"}"));
        assertEquals(1.0, samples.get("newsflow_mentions_total{type=\"PER\"}"));
        assertEquals(1.0, samples.get("newsflow_ingest_to_enriched_seconds_count"), "nor timed again");
    }

    @Test
    void shouldReadZeroUnchangedBeforeTheFirst() {
        assertEquals(0.0, Scrape.parse(registry.scrape()).get("newsflow_articles_unchanged_total"));
    }

    @Test
    void shouldCountArticlesReadAndDeadLetters() {
        counters.read(true);
        counters.read(true);
        counters.read(false);

        Map<String, Double> samples = Scrape.parse(registry.scrape());
        assertEquals(2.0, samples.get("newsflow_articles_read_total{topic=\"newsflow.articles\"}"));
        assertEquals(1.0, samples.get("newsflow_dlq_records_total"));
    }

    @Test
    void shouldPutTheTimeFromIngestToEnrichedInTheHistogram() {
        clock.add(700, TimeUnit.MILLISECONDS);
        counters.enriched(article("a", List.of(paragraph(0)), List.of()));
        clock.add(9, TimeUnit.SECONDS);
        counters.enriched(article("b", List.of(paragraph(0)), List.of()));

        Map<String, Double> samples = Scrape.parse(registry.scrape());
        assertEquals(2.0, samples.get("newsflow_ingest_to_enriched_seconds_count"));
        assertEquals(10.4, samples.get("newsflow_ingest_to_enriched_seconds_sum"), 1e-9);
        assertEquals(0.0, samples.get("newsflow_ingest_to_enriched_seconds_bucket{le=\"0.5\"}"));
        assertEquals(1.0, samples.get("newsflow_ingest_to_enriched_seconds_bucket{le=\"1.0\"}"));
        assertEquals(2.0, samples.get("newsflow_ingest_to_enriched_seconds_bucket{le=\"10.0\"}"));
        assertEquals(2.0, samples.get("newsflow_ingest_to_enriched_seconds_bucket{le=\"+Inf\"}"));
    }

    @Test
    void shouldCountAClockBehindIngestAsNoWait() {
        clock.add(-5, TimeUnit.SECONDS);
        counters.enriched(article("a", List.of(paragraph(0)), List.of()));

        Map<String, Double> samples = Scrape.parse(registry.scrape());
        assertEquals(1.0, samples.get("newsflow_ingest_to_enriched_seconds_count"));
        assertEquals(1.0, samples.get("newsflow_ingest_to_enriched_seconds_bucket{le=\"0.05\"}"));
    }

    private static EnrichedArticle article(String id, List<Paragraph> kept, List<Duplicate> dropped) {
        return new EnrichedArticle(EnrichedArticle.SCHEMA, id, id + ".txt", "Titel", null, INGESTED, kept, dropped, List.of());
    }

    private static Paragraph paragraph(int index, Mention... mentions) {
        return new Paragraph(index, "Text " + index, "f" + index, List.of(mentions), "body");
    }

    private static Mention mention(String type) {
        return new Mention("Name", 0, 4, type, "name", false);
    }

    private static Duplicate duplicate(int index, String match) {
        return new Duplicate(index, "f" + index, match, null, new ParagraphRef("x", 0), "body");
    }
}
