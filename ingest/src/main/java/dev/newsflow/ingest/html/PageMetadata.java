package dev.newsflow.ingest.html;

import java.time.Instant;

/**
 * What a page says about its article, each field null where the page does not say: the title
 * without the site's name, when it was published, who wrote it, and its canonical URL.
 */
public record PageMetadata(String title, Instant publishedAt, String author, String canonicalUrl) {}
