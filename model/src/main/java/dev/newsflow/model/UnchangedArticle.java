package dev.newsflow.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;

/**
 * The value of {@code newsflow.unchanged} (schema v1): enrich processed the article again (a
 * replay, a file fed again) and its enriched record came out as the last one published for its
 * id, so nothing went to {@code newsflow.enriched}. The notice lets whoever waits for the article
 * ({@code run}) or shows the stream ({@code watch}) know that it was processed all the same; the
 * article's state is its latest record on {@code newsflow.enriched}.
 *
 * @param ingestedAt the article's first ingestion, as in its enriched record (also the record's time)
 */
@JsonPropertyOrder({"schema", "id", "source", "title", "ingestedAt"})
public record UnchangedArticle(int schema, String id, String source, String title, Instant ingestedAt) {

    public static final int SCHEMA = 1;

    public static UnchangedArticle of(EnrichedArticle article) {
        return new UnchangedArticle(SCHEMA, article.id(), article.source(), article.title(), article.ingestedAt());
    }
}
