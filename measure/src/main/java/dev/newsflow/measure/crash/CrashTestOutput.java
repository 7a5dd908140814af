package dev.newsflow.measure.crash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsflow.sink.SinkFileName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * What one pipeline of the crash test wrote, and the checks on it: the committed records of a topic
 * (read as a read_committed consumer), the sink's files, and from those the latest record of each
 * article and the content that is compared with another run.
 */
public final class CrashTestOutput {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A committed record: its key, value and time. */
    record Committed(String key, byte[] value, long timestamp) {}

    /** A finished sink file and its lines, without their line ends. */
    record SinkFile(Path path, SinkFileName name, List<byte[]> lines) {}

    /**
     * Every line of the files checked against the topic. A file agrees when its lines are, in order,
     * the values of the committed records in its offset range; each line of an agreeing file is one
     * copy of its record. {@code duplicated}: lines beyond one copy per record, and every line of a
     * file that disagrees. {@code lost}: records with no copy.
     */
    record Delivery(long records, long duplicated, long lost, List<Path> disagreeing) {}

    /**
     * How the records of the articles split: one per article, byte-identical repeats (an article
     * published again unchanged, which emit on change forbids), and revisions.
     */
    record Repeats(long lines, long identical, long revisions) {}

    private CrashTestOutput() {}

    /** The committed records of every partition of the topic, by partition and offset. */
    static Map<Integer, NavigableMap<Long, Committed>> readTopic(Map<String, Object> client, String topic) {
        Map<Integer, NavigableMap<Long, Committed>> records = new TreeMap<>();
        try (KafkaConsumer<String, byte[]> consumer = CrashTestPipeline.readCommitted(client)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            partitions.forEach(tp -> records.put(tp.partition(), new TreeMap<>()));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("cannot read " + topic + " to its end within 2 minutes");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    records.get(record.partition()).put(record.offset(),
                            new Committed(record.key(), record.value(), record.timestamp()));
                }
            }
        }
        return records;
    }

    /** The finished files under {@code out} ({@code out/<date>/<file>}), by partition and then start offset. */
    static List<SinkFile> readFiles(Path out) {
        List<SinkFile> files = new ArrayList<>();
        if (!Files.isDirectory(out)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(out, 2)) {
            for (Path path : paths.toList()) {
                var name = SinkFileName.parse(path.getFileName().toString());
                if (name.isPresent()) {
                    files.add(new SinkFile(path, name.get(), lines(Files.readAllBytes(path))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the files in " + out + ": " + e.getMessage(), e);
        }
        files.sort(Comparator.comparingInt((SinkFile f) -> f.name().partition()).thenComparingLong(f -> f.name().startOffset()));
        return files;
    }

    static List<byte[]> lines(byte[] content) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < content.length; i++) {
            if (content[i] == '\n') {
                lines.add(Arrays.copyOfRange(content, start, i));
                start = i + 1;
            }
        }
        if (start < content.length) {
            lines.add(Arrays.copyOfRange(content, start, content.length)); // a last line without its end
        }
        return lines;
    }

    /** Checks that every committed record with a value is in exactly one file, and that the files hold nothing else. */
    static Delivery delivery(Map<Integer, NavigableMap<Long, Committed>> topic, List<SinkFile> files) {
        Map<Integer, Map<Long, Integer>> copies = new HashMap<>();
        List<Path> disagreeing = new ArrayList<>();
        long junk = 0;
        for (SinkFile file : files) {
            NavigableMap<Long, Committed> inRange = topic.getOrDefault(file.name().partition(), new TreeMap<>())
                    .subMap(file.name().startOffset(), true, file.name().endOffset(), true);
            // the sink skips records without a value (tombstones)
            List<Map.Entry<Long, Committed>> written = inRange.entrySet().stream()
                    .filter(e -> e.getValue().value() != null).toList();
            if (!sameLines(written, file.lines())) {
                disagreeing.add(file.path());
                junk += file.lines().size();
                continue;
            }
            Map<Long, Integer> ofPartition = copies.computeIfAbsent(file.name().partition(), p -> new HashMap<>());
            written.forEach(e -> ofPartition.merge(e.getKey(), 1, Integer::sum));
        }
        long records = 0;
        long duplicated = junk;
        long lost = 0;
        for (var partition : topic.entrySet()) {
            Map<Long, Integer> ofPartition = copies.getOrDefault(partition.getKey(), Map.of());
            for (var record : partition.getValue().entrySet()) {
                if (record.getValue().value() == null) {
                    continue;
                }
                records++;
                int n = ofPartition.getOrDefault(record.getKey(), 0);
                if (n == 0) {
                    lost++;
                } else {
                    duplicated += n - 1;
                }
            }
        }
        return new Delivery(records, duplicated, lost, disagreeing);
    }

    private static boolean sameLines(List<Map.Entry<Long, Committed>> records, List<byte[]> lines) {
        if (records.size() != lines.size()) {
            return false;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (!Arrays.equals(asLine(records.get(i).getValue().value()), lines.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The value as the sink writes it: a line break inside becomes a space. */
    private static byte[] asLine(byte[] value) {
        byte[] line = value.clone();
        for (int i = 0; i < line.length; i++) {
            if (line[i] == '\n' || line[i] == '\r') {
                line[i] = ' ';
            }
        }
        return line;
    }

    /** Every line of the files by article id, in offset order (the files come sorted by partition and offset). */
    static Map<String, List<byte[]>> linesById(List<SinkFile> files) {
        Map<String, List<byte[]>> byId = new LinkedHashMap<>();
        Map<String, Integer> partitionOf = new HashMap<>();
        for (SinkFile file : files) {
            for (byte[] line : file.lines()) {
                String id = idOf(line);
                Integer other = partitionOf.putIfAbsent(id, file.name().partition());
                if (other != null && other != file.name().partition()) {
                    throw new IllegalStateException("article " + id + " is in partitions " + other + " and "
                            + file.name().partition() + ", so its latest record is not defined");
                }
                byId.computeIfAbsent(id, k -> new ArrayList<>()).add(line);
            }
        }
        return byId;
    }

    /** The latest record of each article: the last of its lines. */
    static Map<String, byte[]> latest(Map<String, List<byte[]>> linesById) {
        Map<String, byte[]> latest = new LinkedHashMap<>();
        linesById.forEach((id, lines) -> latest.put(id, lines.get(lines.size() - 1)));
        return latest;
    }

    /** Lines beyond the first of each article: repeats of an earlier line byte for byte, and the others. */
    static Repeats repeats(Map<String, List<byte[]>> linesById) {
        long lines = 0;
        long identical = 0;
        long revisions = 0;
        for (List<byte[]> ofId : linesById.values()) {
            lines += ofId.size();
            for (int i = 1; i < ofId.size(); i++) {
                byte[] line = ofId.get(i);
                if (ofId.subList(0, i).stream().anyMatch(earlier -> Arrays.equals(earlier, line))) {
                    identical++;
                } else {
                    revisions++;
                }
            }
        }
        return new Repeats(lines, identical, revisions);
    }

    /**
     * The content of each article that is compared between runs: the record as JSON, except that each
     * duplicate's {@code duplicateOf} is replaced by the paragraph its chain of {@code duplicateOf}
     * pointers ends at, and its {@code similarity} (which belongs to the paragraph pointed at) is left
     * out. Which copy a pointer names depends on the order in which enrich happened to see the articles
     * (see docs/crash-test.md); the first copy, and every other field, do not.
     */
    static Map<String, JsonNode> comparable(Map<String, byte[]> latest) {
        Map<String, ObjectNode> parsed = new LinkedHashMap<>();
        Map<String, JsonNode> pointers = new HashMap<>();
        latest.forEach((id, line) -> {
            ObjectNode node = (ObjectNode) parse(line);
            parsed.put(id, node);
            for (JsonNode duplicate : node.path("duplicates")) {
                pointers.put(ref(id, duplicate.path("index").asInt()), duplicate.path("duplicateOf"));
            }
        });
        Map<String, JsonNode> comparable = new LinkedHashMap<>();
        parsed.forEach((id, node) -> {
            for (JsonNode duplicate : node.path("duplicates")) {
                ObjectNode d = (ObjectNode) duplicate;
                d.set("duplicateOf", firstCopy(d.path("duplicateOf"), pointers));
                d.remove("similarity");
            }
            comparable.put(id, node);
        });
        return comparable;
    }

    private static JsonNode firstCopy(JsonNode pointer, Map<String, JsonNode> pointers) {
        JsonNode at = pointer;
        for (int hops = 0; hops < 1000; hops++) {
            JsonNode next = pointers.get(ref(at.path("articleId").asText(), at.path("index").asInt()));
            if (next == null) {
                return at;
            }
            at = next;
        }
        throw new IllegalStateException("duplicateOf pointers run in a circle through " + pointer);
    }

    private static String ref(String articleId, int index) {
        return articleId + "#" + index;
    }

    static String idOf(byte[] line) {
        JsonNode id = parse(line).get("id");
        if (id == null || !id.isTextual()) {
            throw new IllegalStateException("a line of the sink's files has no article id: "
                    + new String(line, 0, Math.min(line.length, 120), java.nio.charset.StandardCharsets.UTF_8));
        }
        return id.asText();
    }

    private static JsonNode parse(byte[] line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("a line of the sink's files is not JSON: " + e.getMessage(), e);
        }
    }

    /** Ids of the articles in both maps whose content differs. */
    static Set<String> differing(Map<String, JsonNode> crash, Map<String, JsonNode> reference) {
        Set<String> differing = new java.util.TreeSet<>();
        crash.forEach((id, content) -> {
            if (!content.equals(reference.get(id))) {
                differing.add(id);
            }
        });
        return differing;
    }
}
