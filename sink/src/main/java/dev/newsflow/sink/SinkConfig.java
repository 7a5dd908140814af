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
 * {@code rollInterval} or more after the file's first record or on another UTC date. Time is always
 * record time, never the wall clock, so a replay writes the same files.
 */
public record SinkConfig(
        Path outDir,
        int rollRecords,
        long rollBytes,
        Duration rollInterval,
        String groupId,
        String topic) {

    public static final int DEFAULT_ROLL_RECORDS = 1000;
    public static final long DEFAULT_ROLL_BYTES = 64L * 1024 * 1024;
    public static final Duration DEFAULT_ROLL_INTERVAL = Duration.ofHours(1);
    public static final String DEFAULT_GROUP_ID = "newsflow-sink";

    public SinkConfig {
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(rollInterval, "rollInterval");
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
    }

    public static SinkConfig defaults(Path outDir) {
        return new SinkConfig(outDir, DEFAULT_ROLL_RECORDS, DEFAULT_ROLL_BYTES, DEFAULT_ROLL_INTERVAL,
                DEFAULT_GROUP_ID, Topics.ENRICHED.name());
    }

    public SinkConfig withRollRecords(int records) {
        return new SinkConfig(outDir, records, rollBytes, rollInterval, groupId, topic);
    }

    public SinkConfig withRollBytes(long bytes) {
        return new SinkConfig(outDir, rollRecords, bytes, rollInterval, groupId, topic);
    }

    public SinkConfig withRollInterval(Duration interval) {
        return new SinkConfig(outDir, rollRecords, rollBytes, interval, groupId, topic);
    }

    public SinkConfig withGroupId(String group) {
        return new SinkConfig(outDir, rollRecords, rollBytes, rollInterval, group, topic);
    }

    public SinkConfig withTopic(String name) {
        return new SinkConfig(outDir, rollRecords, rollBytes, rollInterval, groupId, name);
    }
}
