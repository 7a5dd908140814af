package dev.newsflow.sink;

import static dev.newsflow.sink.TestRecords.T0;
import static dev.newsflow.sink.TestRecords.filesUnder;
import static dev.newsflow.sink.TestRecords.linesOf;
import static dev.newsflow.sink.TestRecords.name;
import static dev.newsflow.sink.TestRecords.record;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartitionWriterTest {

    private static final String DAY = "2026-11-22/";

    @TempDir
    Path out;

    private final List<WrittenFile> written = new ArrayList<>();

    private PartitionWriter writer(SinkConfig config) {
        return new PartitionWriter(3, config, written::add);
    }

    private static String json(long n) {
        return "{\"n\":" + n + "}";
    }

    @Test
    void shouldRollOnCountWithTheRecordThatFillsTheFile() {
        PartitionWriter writer = writer(SinkConfig.defaults(out).withRollRecords(2));
        for (long offset = 10; offset < 15; offset++) {
            writer.append(record(3, offset, T0, json(offset)), 0);
        }

        assertEquals(List.of(DAY + name(3, 10, 11), DAY + name(3, 12, 13)), filesUnder(out));
        assertEquals(List.of(json(10), json(11)), linesOf(out.resolve(DAY + name(3, 10, 11))));
        assertEquals(1, writer.bufferedRecords());
    }

    @Test
    void shouldWriteWhatIsBufferedWhenAsked() {
        PartitionWriter writer = writer(SinkConfig.defaults(out).withRollRecords(2));
        for (long offset = 10; offset < 15; offset++) {
            writer.append(record(3, offset, T0, json(offset)), 0);
        }
        writer.write();

        assertEquals(List.of(json(14)), linesOf(out.resolve(DAY + name(3, 14, 14))));
        assertEquals(0, writer.bufferedRecords());
        assertEquals(List.of(name(3, 10, 11), name(3, 12, 13), name(3, 14, 14)),
                written.stream().map(file -> file.name().format()).toList());
    }

    @Test
    void shouldRollOnBytesOnceTheFileReachesTheLimit() {
        // each line is 7 bytes and a newline: 16 bytes after two records, 24 after three
        PartitionWriter writer = writer(SinkConfig.defaults(out).withRollBytes(20));
        for (long offset = 0; offset < 4; offset++) {
            writer.append(record(3, offset, T0, json(offset)), 0);
        }

        assertEquals(List.of(DAY + name(3, 0, 2)), filesUnder(out));
        assertEquals(24, sizeOf(DAY + name(3, 0, 2)));
        assertEquals(1, writer.bufferedRecords());
    }

    @Test
    void shouldRollBeforeARecordOneIntervalAfterTheFirst() {
        PartitionWriter writer = writer(SinkConfig.defaults(out).withRollInterval(Duration.ofHours(1)));
        writer.append(record(3, 0, T0, json(0)), 0);
        writer.append(record(3, 1, T0.plus(Duration.ofMinutes(30)), json(1)), 0);
        writer.append(record(3, 2, T0.plus(Duration.ofHours(1)).minusMillis(1), json(2)), 0);
        assertEquals(List.of(), filesUnder(out));

        writer.append(record(3, 3, T0.plus(Duration.ofHours(1)), json(3)), 0);

        assertEquals(List.of(DAY + name(3, 0, 2)), filesUnder(out));
        assertEquals(1, writer.bufferedRecords());
    }

    @Test
    void shouldWriteWhatIsBufferedOnceItsOldestRecordHasWaitedRollAfter() {
        long second = 1_000_000_000L;
        PartitionWriter writer = writer(SinkConfig.defaults(out).withRollAfter(Duration.ofSeconds(30)));
        writer.append(record(3, 0, T0, json(0)), 100 * second);
        writer.append(record(3, 1, T0, json(1)), 125 * second);
        writer.writeIfWaited(129 * second);
        assertEquals(List.of(), filesUnder(out), "29 s: not yet");

        writer.writeIfWaited(130 * second);

        assertEquals(List.of(DAY + name(3, 0, 1)), filesUnder(out));
        // the next file's wait starts with its own first record, not with the last file
        writer.append(record(3, 2, T0, json(2)), 150 * second);
        writer.writeIfWaited(179 * second);
        assertEquals(1, writer.bufferedRecords());
        writer.writeIfWaited(180 * second);
        assertEquals(List.of(DAY + name(3, 0, 1), DAY + name(3, 2, 2)), filesUnder(out));
    }

    @Test
    void shouldNeverRollByTheClockWhenRollAfterIsZero() {
        PartitionWriter writer = writer(SinkConfig.defaults(out).withRollAfter(Duration.ZERO));
        writer.append(record(3, 0, T0, json(0)), 0);
        writer.writeIfWaited(Long.MAX_VALUE);
        assertEquals(1, writer.bufferedRecords());
        assertEquals(List.of(), filesUnder(out));
    }

    @Test
    void shouldRollBeforeARecordOfAnotherUtcDateAndFileItUnderThatDate() {
        Instant lateEvening = Instant.parse("2026-11-22T23:30:00Z");
        PartitionWriter writer = writer(SinkConfig.defaults(out));
        writer.append(record(3, 0, lateEvening, json(0)), 0);
        writer.append(record(3, 1, lateEvening.plus(Duration.ofMinutes(20)), json(1)), 0);
        writer.append(record(3, 2, lateEvening.plus(Duration.ofMinutes(40)), json(2)), 0);
        writer.write();

        assertEquals(List.of(DAY + name(3, 0, 1), "2026-11-23/" + name(3, 2, 2)), filesUnder(out));
    }

    @Test
    void shouldRollBeforeARecordFromAnEarlierDate() {
        PartitionWriter writer = writer(SinkConfig.defaults(out));
        writer.append(record(3, 0, T0, json(0)), 0);
        writer.append(record(3, 1, T0.minus(Duration.ofHours(2)), json(1)), 0);
        writer.write();

        assertEquals(List.of("2026-11-21/" + name(3, 1, 1), DAY + name(3, 0, 0)), filesUnder(out));
    }

    @Test
    void shouldKeepBufferingWhileNoRuleSaysRoll() {
        PartitionWriter writer = writer(SinkConfig.defaults(out));
        for (long offset = 0; offset < 50; offset++) {
            writer.append(record(3, offset, T0.plusSeconds(offset * 60), json(offset)), 0);
        }

        assertEquals(List.of(), filesUnder(out));
        assertEquals(50, writer.bufferedRecords());
    }

    @Test
    void shouldWriteEachValueExactlyAsReceivedFollowedByANewline() throws IOException {
        byte[] first = "{\"id\":\"ü-1\",\"unknown\":[1, 2],\"text\":\"Grüße\"}".getBytes(StandardCharsets.UTF_8);
        byte[] second = "not json at all".getBytes(StandardCharsets.UTF_8);
        PartitionWriter writer = writer(SinkConfig.defaults(out));
        writer.append(record(3, 5, T0, first), 0);
        writer.append(record(3, 6, T0, second), 0);
        writer.write();

        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.write(first);
        expected.write('\n');
        expected.write(second);
        expected.write('\n');
        assertArrayEquals(expected.toByteArray(), Files.readAllBytes(out.resolve(DAY + name(3, 5, 6))));
    }

    @Test
    void shouldKeepAValueWithLineBreaksOnOneLine() {
        PartitionWriter writer = writer(SinkConfig.defaults(out));
        writer.append(record(3, 0, T0, "{\n  \"id\": \"a\"\r\n}"), 0);
        writer.write();

        assertEquals(List.of("{   \"id\": \"a\"  }"), linesOf(out.resolve(DAY + name(3, 0, 0))));
    }

    @Test
    void shouldSkipARecordWithoutValue() {
        PartitionWriter writer = writer(SinkConfig.defaults(out));
        writer.append(record(3, 0, T0, json(0)), 0);
        writer.append(record(3, 1, T0, (byte[]) null), 0);
        writer.append(record(3, 2, T0, json(2)), 0);
        writer.write();

        assertEquals(List.of(json(0), json(2)), linesOf(out.resolve(DAY + name(3, 0, 2))));
    }

    @Test
    void shouldLeaveNoTemporaryFileBehind() {
        PartitionWriter writer = writer(SinkConfig.defaults(out).withRollRecords(3));
        for (long offset = 0; offset < 10; offset++) {
            writer.append(record(3, offset, T0, json(offset)), 0);
        }
        writer.write();

        assertEquals(4, filesUnder(out).size());
        assertTrue(filesUnder(out).stream().noneMatch(file -> file.contains("/.")), filesUnder(out).toString());
    }

    @Test
    void shouldDiscardWithoutWriting() {
        PartitionWriter writer = writer(SinkConfig.defaults(out));
        writer.append(record(3, 0, T0, json(0)), 0);
        writer.discard();
        writer.write();

        assertEquals(List.of(), filesUnder(out));
        assertEquals(List.of(), written);
    }

    @Test
    void shouldStartTheNextFileAfterTheRecordsOfTheLast() {
        PartitionWriter writer = writer(SinkConfig.defaults(out).withRollRecords(2));
        writer.append(record(3, 0, T0, json(0)), 0);
        writer.append(record(3, 1, T0, json(1)), 0);
        writer.append(record(3, 7, T0.plus(Duration.ofDays(1)), json(7)), 0);
        writer.write();

        assertEquals(List.of(DAY + name(3, 0, 1), "2026-11-23/" + name(3, 7, 7)), filesUnder(out));
    }

    private long sizeOf(String file) {
        try {
            return Files.size(out.resolve(file));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
