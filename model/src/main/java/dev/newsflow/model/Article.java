package dev.newsflow.model;

import java.time.Instant;
import java.util.List;

/**
 * One news article as ingested, the value of {@code newsflow.articles}.
 *
 * <p>The id is derived from the source, so feeding the same source again replaces the article
 * rather than duplicating it.
 *
 * @param markup for an article read from a web page, what the page's markup says each paragraph
 *     of {@code text} is ({@link Markup#label()}), one per run of non-blank lines, in order; null
 *     where the input had no markup (plain text, JSON) and in records written before it was added
 */
public record Article(
        String id,
        String source,
        String title,
        String text,
        Instant publishedAt,
        Instant ingestedAt,
        String contentType,
        List<String> markup) {

    /** An article whose input had no markup. */
    public Article(String id, String source, String title, String text, Instant publishedAt, Instant ingestedAt,
                   String contentType) {
        this(id, source, title, text, publishedAt, ingestedAt, contentType, null);
    }

    public Article withIngestedAt(Instant at) {
        return new Article(id, source, title, text, publishedAt, at, contentType, markup);
    }
}
