package dev.newsflow.measure.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.measure.crash.CrashTestOutput.Committed;
import dev.newsflow.measure.crash.CrashTestOutput.Delivery;
import dev.newsflow.measure.crash.CrashTestOutput.SinkFile;
import dev.newsflow.sink.SinkFileName;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The crash test's checks, on records and files made up here: each must be able to fail. */
class CrashTestOutputTest {

    /** Partition 0: records at 0, 1, 2, a transaction marker at 3, a record at 4. */
    private static final Map<Integer, NavigableMap<Long, Committed>> TOPIC = Map.of(0, new TreeMap<>(Map.of(
            0L, record("a", 1), 1L, record("b", 1), 2L, record("a", 2), 4L, record("c", 1))));

    @Test
    void shouldFindEveryRecordOnceAcrossAGapOfMarkers() {
        Delivery delivery = CrashTestOutput.delivery(TOPIC, List.of(file(0, 0, 1, "a1", "b1"), file(0, 2, 4, "a2", "c1")));

        assertEquals(new Delivery(4, 0, 0, List.of()), delivery);
    }

    @Test
    void shouldCountARecordWrittenTwiceAsDuplicated() {
        Delivery delivery = CrashTestOutput.delivery(TOPIC,
                List.of(file(0, 0, 1, "a1", "b1"), file(0, 1, 2, "b1", "a2"), file(0, 4, 4, "c1")));

        assertEquals(1, delivery.duplicated());
        assertEquals(0, delivery.lost());
    }

    @Test
    void shouldCountARecordInNoFileAsLost() {
        Delivery delivery = CrashTestOutput.delivery(TOPIC, List.of(file(0, 0, 1, "a1", "b1")));

        assertEquals(0, delivery.duplicated());
        assertEquals(2, delivery.lost());
    }

    @Test
    void shouldNotTrustAFileThatDisagreesWithTheTopic() {
        SinkFile wrong = file(0, 2, 4, "a2", "c2");
        Delivery delivery = CrashTestOutput.delivery(TOPIC, List.of(file(0, 0, 1, "a1", "b1"), wrong));

        assertEquals(List.of(wrong.path()), delivery.disagreeing());
        assertEquals(2, delivery.duplicated(), "its lines are extra");
        assertEquals(2, delivery.lost(), "and its records are not delivered");
    }

    @Test
    void shouldTakeTheLastLineOfAnArticleAsItsContentAndTellRepeatsFromRevisions() {
        List<SinkFile> files = List.of(file(0, 0, 1, "a1", "b1"), file(0, 2, 4, "a2", "a2"));

        Map<String, List<byte[]>> byId = CrashTestOutput.linesById(files);

        assertEquals("a2", text(CrashTestOutput.latest(byId).get("a")));
        assertEquals(new CrashTestOutput.Repeats(4, 1, 1), CrashTestOutput.repeats(byId));
    }

    @Test
    void shouldCompareDuplicatesByTheFirstCopyBehindThem() {
        // run 1: c's paragraph 0 points at b#0, itself a copy of a#0; run 2: straight at a#0
        Map<String, byte[]> viaCopy = articles(
                "{\"id\":\"a\",\"duplicates\":[]}",
                "{\"id\":\"b\",\"duplicates\":[{\"index\":0,\"similarity\":0.8,\"duplicateOf\":{\"articleId\":\"a\",\"index\":0}}]}",
                "{\"id\":\"c\",\"duplicates\":[{\"index\":0,\"similarity\":0.7,\"duplicateOf\":{\"articleId\":\"b\",\"index\":0}}]}");
        Map<String, byte[]> direct = articles(
                "{\"id\":\"a\",\"duplicates\":[]}",
                "{\"id\":\"b\",\"duplicates\":[{\"index\":0,\"similarity\":0.8,\"duplicateOf\":{\"articleId\":\"a\",\"index\":0}}]}",
                "{\"id\":\"c\",\"duplicates\":[{\"index\":0,\"similarity\":0.9,\"duplicateOf\":{\"articleId\":\"a\",\"index\":0}}]}");
        Map<String, byte[]> elsewhere = articles(
                "{\"id\":\"a\",\"duplicates\":[]}",
                "{\"id\":\"b\",\"duplicates\":[]}",
                "{\"id\":\"c\",\"duplicates\":[{\"index\":0,\"similarity\":0.7,\"duplicateOf\":{\"articleId\":\"b\",\"index\":0}}]}");

        Map<String, JsonNode> reference = CrashTestOutput.comparable(direct);

        assertEquals(Set.of(), CrashTestOutput.differing(CrashTestOutput.comparable(viaCopy), reference));
        assertEquals(Set.of("b", "c"), CrashTestOutput.differing(CrashTestOutput.comparable(elsewhere), reference));
    }

    private static Committed record(String id, int version) {
        return new Committed(id, line(id, version).getBytes(StandardCharsets.UTF_8), 0);
    }

    private static String line(String id, int version) {
        return "{\"id\":\"" + id + "\",\"version\":" + version + "}";
    }

    /** A file of partition {@code p} whose lines are the given articles, each "id" + "version". */
    private static SinkFile file(int partition, long start, long end, String... articles) {
        List<byte[]> lines = new ArrayList<>();
        for (String article : articles) {
            lines.add(line(article.substring(0, 1), Integer.parseInt(article.substring(1))).getBytes(StandardCharsets.UTF_8));
        }
        SinkFileName name = new SinkFileName(partition, start, end);
        return new SinkFile(Path.of("out", name.format()), name, lines);
    }

    private static String text(byte[] line) {
        String json = new String(line, StandardCharsets.UTF_8);
        return json.replaceAll(".*\"id\":\"(\\w+)\",\"version\":(\\d+).*", "$1$2");
    }

    private static Map<String, byte[]> articles(String... json) {
        Map<String, byte[]> articles = new LinkedHashMap<>();
        for (String article : json) {
            articles.put(article.substring(article.indexOf(":\"") + 2, article.indexOf("\",")),
                    article.getBytes(StandardCharsets.UTF_8));
        }
        return articles;
    }
}
