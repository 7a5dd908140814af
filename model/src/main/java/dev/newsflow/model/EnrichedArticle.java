package dev.newsflow.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;

/**
 * An article after dedup and entity tagging, the value of {@code newsflow.enriched} (schema v1).
 *
 * <p>Kept paragraphs and duplicates share one numbering ({@code index}), so the original order
 * can be rebuilt from the two lists.
 */
@JsonPropertyOrder({"schema", "id", "source", "title", "publishedAt", "ingestedAt",
        "paragraphs", "duplicates", "entities"})
public record EnrichedArticle(
        int schema,
        String id,
        String source,
        String title,
        Instant publishedAt,
        Instant ingestedAt,
        List<Paragraph> paragraphs,
        List<Duplicate> duplicates,
        List<Entity> entities) {

    public static final int SCHEMA = 1;

    public EnrichedArticle withTags(List<Paragraph> tagged, List<Entity> found) {
        return new EnrichedArticle(schema, id, source, title, publishedAt, ingestedAt,
                List.copyOf(tagged), duplicates, List.copyOf(found));
    }
}
