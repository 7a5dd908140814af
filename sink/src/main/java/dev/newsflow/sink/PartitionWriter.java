package dev.newsflow.sink;

import dev.newsflow.model.DurableFile;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buffers the records of one partition and writes them as one file when a roll rule says so.
 *
 * <p>The buffer lives in memory, bounded by the roll rules, and reaches the disk only as a whole
 * file through {@link DurableFile}. Each written file is handed to {@code written}; committing its
 * offsets is the caller's job. The file goes to {@code OUT/<UTC date of its first record>/}, and its
 * path is made only of that date, the partition number and offsets, never of record content.
 */
final class PartitionWriter {

    private static final Logger log = LoggerFactory.getLogger(PartitionWriter.class);

    private final int partition;
    private final SinkConfig config;
    private final Consumer<WrittenFile> written;

    private final List<WrittenFile.Line> buffer = new ArrayList<>();
    private long bufferedBytes;
    private Instant firstTimestamp;
    // when the oldest buffered record arrived, by the clock the sink was given
    private long firstBufferedAtNanos;

    PartitionWriter(int partition, SinkConfig config, Consumer<WrittenFile> written) {
        this.partition = partition;
        this.config = config;
        this.written = written;
    }

    /** @param nowNanos the sink's clock, for the wall-clock roll */
    void append(ConsumerRecord<String, byte[]> record, long nowNanos) {
        if (record.value() == null) {
            log.warn("Partition {} offset {}: skipped, the record has no value (key {})",
                    partition, record.offset(), record.key());
            return;
        }
        Instant timestamp = Instant.ofEpochMilli(record.timestamp());
        if (!buffer.isEmpty() && rollOnRecordTime(timestamp)) {
            write();
        }
        if (buffer.isEmpty()) {
            firstTimestamp = timestamp;
            firstBufferedAtNanos = nowNanos;
        }
        byte[] line = oneLine(record);
        buffer.add(new WrittenFile.Line(record.offset(), line));
        bufferedBytes += line.length + 1;
        if (rollOnCount() || rollOnBytes()) {
            write();
        }
    }

    /** Writes what is buffered as a file, if anything is. */
    void write() {
        if (buffer.isEmpty()) {
            return;
        }
        SinkFileName name = new SinkFileName(partition, buffer.get(0).offset(), buffer.get(buffer.size() - 1).offset());
        Path target = config.outDir().resolve(fileDate().toString()).resolve(name.format());
        List<byte[]> lines = buffer.stream().map(WrittenFile.Line::bytes).toList();
        DurableFile.write(target, name.tempFormat(), lines, CrashPoint.FAULTS);
        log.debug("Partition {}: wrote {} records to {}", partition, buffer.size(), target);
        WrittenFile file = new WrittenFile(target, name, buffer);
        clear();
        written.accept(file);
    }

    /** Writes what is buffered if its oldest record has waited {@code rollAfter} or longer. */
    void writeIfWaited(long nowNanos) {
        if (rollOnClock(nowNanos)) {
            write();
        }
    }

    boolean rollOnClock(long nowNanos) {
        return !buffer.isEmpty() && !config.rollAfter().isZero()
                && nowNanos - firstBufferedAtNanos >= config.rollAfter().toNanos();
    }

    /** Forgets what is buffered; the partition is read again from its last file by its next owner. */
    void discard() {
        if (!buffer.isEmpty()) {
            log.info("Partition {}: discarded {} buffered records from offset {}",
                    partition, buffer.size(), buffer.get(0).offset());
        }
        clear();
    }

    int bufferedRecords() {
        return buffer.size();
    }

    boolean rollOnCount() {
        return buffer.size() >= config.rollRecords();
    }

    boolean rollOnBytes() {
        return bufferedBytes >= config.rollBytes();
    }

    /** Rolls before a record that lies an interval or more after the file's first one, or on another day. */
    boolean rollOnRecordTime(Instant next) {
        return !next.isBefore(firstTimestamp.plus(config.rollInterval())) || !utcDate(next).equals(fileDate());
    }

    private LocalDate fileDate() {
        return utcDate(firstTimestamp);
    }

    private static LocalDate utcDate(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private void clear() {
        buffer.clear();
        bufferedBytes = 0;
        firstTimestamp = null;
    }

    /**
     * The value as received, except that a line break becomes a space: one record must stay one line.
     * JSON allows raw line breaks only as white space between tokens, so a JSON value keeps its meaning.
     */
    private byte[] oneLine(ConsumerRecord<String, byte[]> record) {
        byte[] value = record.value();
        if (!containsLineBreak(value)) {
            return value;
        }
        log.warn("Partition {} offset {}: the value spans several lines; line breaks written as spaces",
                partition, record.offset());
        byte[] line = value.clone();
        for (int i = 0; i < line.length; i++) {
            if (line[i] == '\n' || line[i] == '\r') {
                line[i] = ' ';
            }
        }
        return line;
    }

    private static boolean containsLineBreak(byte[] value) {
        for (byte b : value) {
            if (b == '\n' || b == '\r') {
                return true;
            }
        }
        return false;
    }
}
