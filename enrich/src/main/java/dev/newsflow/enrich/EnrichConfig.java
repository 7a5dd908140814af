package dev.newsflow.enrich;

import java.time.Duration;

/**
 * Settings of the topology.
 *
 * @param retention how long a paragraph fingerprint (and an article's first ingestion time) is
 *     remembered after it was last seen; a repeat older than this is no longer recognised
 * @param revisionWindow how long an emitted article is kept so that it can be revised when an
 *     earlier article (by ingestedAt, id) that shares a paragraph is processed after it
 */
public record EnrichConfig(Duration retention, Duration revisionWindow) {

    public static final Duration DEFAULT_RETENTION = Duration.ofDays(30);
    public static final Duration DEFAULT_REVISION_WINDOW = Duration.ofHours(1);

    public static EnrichConfig defaults() {
        return new EnrichConfig(DEFAULT_RETENTION, DEFAULT_REVISION_WINDOW);
    }

    /** How often expired entries are swept, in stream time. */
    Duration sweepInterval(Duration keptFor) {
        Duration hour = Duration.ofHours(1);
        return keptFor.compareTo(hour) < 0 ? keptFor : hour;
    }
}
