package dev.newsflow.enrich;

import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.UnchangedArticle;

/**
 * Told what the topology reads and emits, so that a service can count it (metrics) without the
 * topology knowing how. Called on the stream threads, once per record, inside the processing of
 * that record: an implementation must be cheap, thread-safe and never throw. A record processed
 * again after a crash (exactly-once aborts the first try) is told again.
 */
public interface EnrichListener {

    /** Counts nothing. */
    EnrichListener NONE = new EnrichListener() {};

    /** A record of {@code newsflow.articles} was read: an article, or not one (it goes to the dead-letter topic). */
    default void read(boolean article) {}

    /** An enriched record is on its way to {@code newsflow.enriched}: a new article or a revision of one. */
    default void enriched(EnrichedArticle article) {}

    /**
     * An article was processed again and came out as the last record published for it (a replay):
     * nothing goes to {@code newsflow.enriched}, this notice goes to {@code newsflow.unchanged}.
     */
    default void unchanged(UnchangedArticle notice) {}
}
