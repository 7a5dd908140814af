package dev.newsflow.ingest.feed;

import java.time.Instant;

/**
 * One entry of a feed, as much of it as newsflow uses.
 *
 * @param key what identifies the entry across polls: its guid (RSS) or id (Atom), else its link
 * @param link the article's page; null where the entry has none
 * @param title null where the entry has none
 * @param publishedAt null where the entry says nothing
 * @param version changes when the entry changes (its updated date, title, summary or content):
 *     the entry is then published again, under the same article id
 */
public record FeedItem(String key, String link, String title, Instant publishedAt, String version) {}
