package dev.newsflow.sink;

import dev.newsflow.model.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the sink writes and when it rolls a file.
 *
 * <p>A file is written when it holds {@code rollRecords} records, when it reaches {@code rollBytes}
 * (it may pass the limit by one record), or before a record whose timestamp lies
 * {@code rollInterval} or more after the file's first record or on another UTC date (record time),
 * and, so that a quiet topic does not keep its few records in memory for an hour, once its oldest
 * buffered record has waited {@code rollAfter} by the clock ({@link Duration#ZERO}: never). The
 * clock makes file boundaries depend on timing; the offsets in the file names keep the output
 * exactly once all the same.
 */
public record SinkConfig(
        Path outDir,
        int rollRecords,
        long rollBytes,
        Duration rollInterval,
        Duration rollAfter,
        String groupId,
        String topic) {

    public static final int DEFAULT_ROLL_RECORDS = 1000;
    public static final long DEFAULT_ROLL_BYTES = 64L * 1024 * 1024;
    public static final Duration DEFAULT_ROLL_INTERVAL = Duration.ofHours(1);
    public static final Duration DEFAULT_ROLL_AFTER = Duration.ofSeconds(30);
    public static final String DEFAULT_GROUP_ID = "newsflow-sink";

    public SinkConfig {
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(rollInterval, "rollInterval");
        Objects.requireNonNull(rollAfter, "rollAfter");
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(topic, "topic");
        if (rollRecords < 1) {
            throw new IllegalArgumentException("rollRecords must be at least 1, not " + rollRecords);
        }
        if (rollBytes < 1) {
            throw new IllegalArgumentException("rollBytes must be at least 1, not " + rollBytes);
        }
        if (rollInterval.isNegative() || rollInterval.isZero()) {
            throw new IllegalArgumentException("rollInterval must be positive, not " + rollInterval);
        }
        if (rollAfter.isNegative()) {
            throw new IllegalArgumentException("rollAfter must not be negative, not " + rollAfter);
        }
    }

    public static SinkConfig defaults(Path outDir) {
        return new SinkConfig(outDir, DEFAULT_ROLL_RECORDS, DEFAULT_ROLL_BYTES, DEFAULT_ROLL_INTERVAL,
                DEFAULT_ROLL_AFTER, DEFAULT_GROUP_ID, Topics.ENRICHED.name());
    }

    public SinkConfig withRollRecords(int records) {
        return new SinkConfig(outDir, records, rollBytes, rollInterval, rollAfter, groupId, topic);
    }

    public SinkConfig withRollBytes(long bytes) {
        return new SinkConfig(outDir, rollRecords, bytes, rollInterval, rollAfter, groupId, topic);
    }

    public SinkConfig withRollInterval(Duration interval) {
        return new SinkConfig(outDir, rollRecords, rollBytes, interval, rollAfter, groupId, topic);
    }

    public SinkConfig withRollAfter(Duration after) {
        return new SinkConfig(outDir, rollRecords, rollBytes, rollInterval, after, groupId, topic);
    }

    public SinkConfig withGroupId(String group) {
        return new SinkConfig(outDir, rollRecords, rollBytes, rollInterval, rollAfter, group, topic);
    }

    public SinkConfig withTopic(String name) {
        return new SinkConfig(outDir, rollRecords, rollBytes, rollInterval, rollAfter, groupId, name);
    }
}
