package dev.newsflow.model;

import java.time.Instant;

/**
 * One news article as ingested, the value of {@code newsflow.articles}.
 *
 * <p>The id is derived from the source, so feeding the same source again replaces the article
 * rather than duplicating it.
 */
public record Article(
        String id,
        String source,
        String title,
        String text,
        Instant publishedAt,
        Instant ingestedAt,
        String contentType) {

    public Article withIngestedAt(Instant at) {
        return new Article(id, source, title, text, publishedAt, at, contentType);
    }
}
