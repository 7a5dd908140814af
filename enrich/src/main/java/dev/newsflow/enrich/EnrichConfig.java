package dev.newsflow.enrich;

import dev.newsflow.enrich.near.NearCopy;
import java.time.Duration;

/**
 * Settings of the topology.
 *
 * @param retention how long a paragraph fingerprint (and an article's first ingestion time) is
 *     remembered after it was last seen; a repeat older than this is no longer recognised
 * @param revisionWindow how long an emitted article is kept so that it can be revised when an
 *     earlier article (by ingestedAt, id) that shares a paragraph is processed after it
 * @param nearCopy what counts as a near copy of a paragraph
 * @param bucketSize how many paragraphs one similarity band remembers; when it is full, the
 *     latest in (ingestedAt, articleId, index) order give way
 */
public record EnrichConfig(Duration retention, Duration revisionWindow, NearCopy nearCopy, int bucketSize) {

    public static final Duration DEFAULT_RETENTION = Duration.ofDays(30);
    public static final Duration DEFAULT_REVISION_WINDOW = Duration.ofHours(1);

    /**
     * Template paragraphs (results, weather, market reports) fill a band with hundreds of
     * paragraphs that share their words; 2,000 generated articles put 296 in one band. A claim
     * reads its whole band, so the bound is the cost of a claim in the fullest band.
     */
    public static final int DEFAULT_BUCKET_SIZE = 512;

    public static EnrichConfig defaults() {
        return new EnrichConfig(DEFAULT_RETENTION, DEFAULT_REVISION_WINDOW, NearCopy.defaults(), DEFAULT_BUCKET_SIZE);
    }

    public EnrichConfig withRetention(Duration keep) {
        return new EnrichConfig(keep, revisionWindow, nearCopy, bucketSize);
    }

    public EnrichConfig withNearCopy(NearCopy rule) {
        return new EnrichConfig(retention, revisionWindow, rule, bucketSize);
    }

    public EnrichConfig withBucketSize(int paragraphs) {
        return new EnrichConfig(retention, revisionWindow, nearCopy, paragraphs);
    }

    /** How often expired entries are swept, in stream time. */
    Duration sweepInterval(Duration keptFor) {
        Duration hour = Duration.ofHours(1);
        return keptFor.compareTo(hour) < 0 ? keptFor : hour;
    }
}
