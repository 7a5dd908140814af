package dev.newsflow.metrics;

import dev.newsflow.enrich.EnrichListener;
import dev.newsflow.enrich.entities.EntityTypes;
import dev.newsflow.model.Duplicate;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Mention;
import dev.newsflow.model.Paragraph;
import dev.newsflow.model.Topics;
import dev.newsflow.model.UnchangedArticle;
import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Counts what the enrich topology reads and emits: articles read, records sent to the dead-letter
 * topic, enriched records, their paragraphs kept and dropped (by match kind) and mentions (by type),
 * and the time from each article's {@code ingestedAt} to its enriched record. An article processed
 * again with nothing changed (emit on change: its notice goes to {@code newsflow.unchanged}) is
 * counted as unchanged only: it is not enriched again, and adds no paragraphs, mentions or latency.
 * One call per record, on the stream threads: a handful of lock-free counter increments per article,
 * whatever its size.
 */
final class EnrichCounters implements EnrichListener {

    /**
     * Buckets of the latency histogram: from the tenth of a second an idle pipeline takes
     * (exactly-once commits every 100 ms) to the hour a backlog or a revision can take.
     */
    static final List<Duration> LATENCY_BUCKETS = List.of(Duration.ofMillis(50), Duration.ofMillis(100),
            Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500),
            Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1),
            Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1));

    private final Clock clock;
    private final Counter read;
    private final Counter deadLetters;
    private final Counter enriched;
    private final Counter unchanged;
    private final Counter kept;
    private final CountersByLabel dropped;
    private final CountersByLabel mentions;
    private final Timer latency;

    EnrichCounters(MeterRegistry registry) {
        clock = registry.config().clock();
        read = ServiceMetrics.articlesRead(registry, Topics.ARTICLES.name());
        deadLetters = Counter.builder("newsflow.dlq.records")
                .description("Records of newsflow.articles that are not articles, sent to newsflow.dlq").register(registry);
        enriched = Counter.builder("newsflow.articles.enriched")
                .description("Enriched records sent to newsflow.enriched: new articles and revisions").register(registry);
        unchanged = Counter.builder("newsflow.articles.unchanged")
                .description("Articles processed again with nothing changed: a notice to newsflow.unchanged, no enriched record")
                .register(registry);
        kept = Counter.builder("newsflow.paragraphs.kept")
                .description("Paragraphs kept in the enriched records").register(registry);
        dropped = new CountersByLabel(registry, "newsflow.paragraphs.dropped",
                "Paragraphs dropped from the enriched records as duplicates, by how they matched", "match",
                List.of(Duplicate.EXACT, Duplicate.NEAR, Duplicate.SENTENCES));
        mentions = new CountersByLabel(registry, "newsflow.mentions", "Entity mentions in the enriched records, by type",
                "type", List.of(EntityTypes.PER, EntityTypes.LOC, EntityTypes.ORG, EntityTypes.MISC));
        latency = Timer.builder("newsflow.ingest.to.enriched")
                .description("From an article's ingestedAt to its enriched record leaving enrich (revisions included)")
                .serviceLevelObjectives(LATENCY_BUCKETS.toArray(Duration[]::new))
                .register(registry);
    }

    @Override
    public void read(boolean article) {
        (article ? read : deadLetters).increment();
    }

    @Override
    public void enriched(EnrichedArticle article) {
        enriched.increment();
        kept.increment(article.paragraphs().size());
        countDropped(article.duplicates());
        countMentions(article.paragraphs());
        if (article.ingestedAt() != null) {
            // a clock behind ingest's counts as no wait rather than vanishing from the count
            long waited = Math.max(0, clock.wallTime() - article.ingestedAt().toEpochMilli());
            latency.record(waited, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void unchanged(UnchangedArticle notice) {
        unchanged.increment();
    }

    private void countDropped(List<Duplicate> duplicates) {
        if (duplicates.isEmpty()) {
            return;
        }
        int[] tally = dropped.tally();
        for (Duplicate duplicate : duplicates) {
            dropped.count(tally, duplicate.match());
        }
        dropped.add(tally);
    }

    private void countMentions(List<Paragraph> paragraphs) {
        int[] tally = mentions.tally();
        for (Paragraph paragraph : paragraphs) {
            for (Mention mention : paragraph.mentions()) {
                mentions.count(tally, mention.type());
            }
        }
        mentions.add(tally);
    }
}
