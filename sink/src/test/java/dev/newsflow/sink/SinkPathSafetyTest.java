package dev.newsflow.sink;

import static dev.newsflow.sink.TestRecords.T0;
import static dev.newsflow.sink.TestRecords.record;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sink never writes outside its output folder, whatever the records say. A file's path is made
 * of the UTC date of its first record's timestamp, the partition number and offsets, all numbers;
 * keys, article ids and sources (which anyone who can write to the topic controls) are never part
 * of it. Here they try: parent references, absolute paths, backslashes, NUL bytes, and timestamps
 * at the ends of the range.
 */
class SinkPathSafetyTest {

    private static final List<String> HOSTILE = List.of("../../escaped", "/tmp/absolute", "..\\..\\windows",
            "a/../../../b", "~/.ssh/authorized_keys", "nul\u0000byte", "%2e%2e%2fencoded", "");

    @TempDir
    Path root;

    @Test
    void shouldPlaceEveryFileInsideTheOutputFolderWhateverKeysIdsAndSourcesSay() throws IOException {
        // deep enough that a hostile name taken as a relative path, from the folder or a date folder in it, stays
        // under root, where the test can look; an absolute one is looked for where it points
        Path out = Files.createDirectories(root.resolve("up").resolve("upper").resolve("out"));
        List<WrittenFile> written = new ArrayList<>();
        PartitionWriter writer = new PartitionWriter(Integer.MAX_VALUE, SinkConfig.defaults(out).withRollRecords(1), written::add);
        long offset = Long.MAX_VALUE - 2 * HOSTILE.size();
        List<Path> absolute = HOSTILE.stream().filter(h -> h.startsWith("/")).map(Path::of).toList();
        List<Path> absoluteThere = absolute.stream().filter(Files::exists).toList();

        for (String hostile : HOSTILE) {
            String json = "{\"schema\": 1, \"id\": \"" + jsonString(hostile) + "\", \"source\": \"" + jsonString(hostile)
                    + "\", \"title\": \"" + jsonString(hostile) + "\", \"paragraphs\": [], \"duplicates\": [], \"entities\": []}";
            writer.append(keyed(hostile, record(Integer.MAX_VALUE, offset++, T0, json)), 0);
            writer.append(keyed(hostile, record(Integer.MAX_VALUE, offset++, T0, hostile.getBytes(UTF_8))), 0);
        }
        for (Instant extreme : List.of(Instant.ofEpochMilli(Long.MIN_VALUE), Instant.ofEpochMilli(-1), Instant.EPOCH,
                Instant.ofEpochMilli(Long.MAX_VALUE))) {
            writer.append(record(0, 0, extreme, "{}"), 0);
        }

        Path realOut = out.toRealPath();
        List<Path> writtenAt = new ArrayList<>();
        for (WrittenFile file : written) {
            // where the file really is, links followed: a path that only looks as if it were inside does not pass
            Path real = file.path().toRealPath();
            assertTrue(real.startsWith(realOut), file.path() + " is really " + real + ", outside " + realOut);
            writtenAt.add(real);
        }
        List<Path> outside = new ArrayList<>();
        for (Path path : pathsUnder(root)) {
            if (!path.startsWith(out) && !out.startsWith(path)) {
                outside.add(path);
            }
        }
        assertEquals(List.of(), outside, "nothing beside the output folder");
        assertEquals(absoluteThere, absolute.stream().filter(Files::exists).toList(), "nothing where an absolute name points");
        List<Path> files = filesUnder(out);
        assertEquals(2 * HOSTILE.size() + 4, files.size());
        List<Path> listed = new ArrayList<>();
        for (Path file : files) {
            listed.add(file.toRealPath());
        }
        assertEquals(listed.stream().sorted().toList(), writtenAt.stream().sorted().toList(),
                "the files written are the files in the output folder");
        for (Path file : files) {
            assertEquals(2, out.relativize(file).getNameCount(), "OUT/<date>/<file>: " + file);
            assertTrue(SinkFileName.parse(file.getFileName().toString()).isPresent(), "a sink file name: " + file);
            assertTrue(file.getParent().getFileName().toString().matches("[+-]?\\d{4,}-\\d{2}-\\d{2}"), "a date: " + file);
        }
        assertEquals(files.size(), written.size());
    }

    private static ConsumerRecord<String, byte[]> keyed(String key, ConsumerRecord<String, byte[]> r) {
        return new ConsumerRecord<>(r.topic(), r.partition(), r.offset(), r.timestamp(), TimestampType.CREATE_TIME,
                -1, r.serializedValueSize(), key, r.value(), new RecordHeaders(), Optional.empty());
    }

    private static String jsonString(String text) {
        return text.replace("\\", "\\\\").replace("\u0000", "\\u0000");
    }

    /** Every file and folder under the folder, links not followed. */
    private static List<Path> pathsUnder(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(p -> !p.equals(dir)).sorted().toList();
        }
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
