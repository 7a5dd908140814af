package dev.newsflow.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.broker.SharedBroker;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.JsonSerde;
import dev.newsflow.model.TopicSetup;
import dev.newsflow.model.Topics;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 'newsflow run' on a folder of bad inputs of every kind next to good ones, on a real broker:
 * each bad one reported once by name with its reason, the good ones written, umlauts intact,
 * nothing deleted, no stack trace. Here the broker takes at most 256 KiB per record batch on
 * newsflow.articles: an article over that is compressed into it, or else refused with a reason.
 * (The reader's full volume test, 500+ files, is ingest's BadInputVolumeTest.)
 */
class RunBadInputTest {

    private static final int BROKER_LIMIT = 256 * 1024;
    private static final JsonSerde<EnrichedArticle> ARTICLES = JsonSerde.of(EnrichedArticle.class);

    @TempDir
    Path dir;

    @Test
    void shouldReportEachBadInputOnceDeliverTheRestAndNeverThrow() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(CorpusReplay.CORPUS.resolve("004_279e27fa4c338c08.txt"), in.resolve("bad-mix-good.txt"));
        Files.writeString(in.resolve("empty.txt"), "");
        Files.writeString(in.resolve("blank.txt"), " \n\t\n");
        Files.write(in.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
        Files.write(in.resolve("utf16.txt"), new byte[] {(byte) 0xFF, (byte) 0xFE, 'T', 0});
        Files.writeString(in.resolve("broken.json"), "{\"text\": \"Ein Satz.\"");
        Files.writeString(in.resolve("deep.json"), "{\"text\": \"a\", \"x\": " + "[".repeat(5000) + "]".repeat(5000) + "}");
        Files.writeString(in.resolve("wrong-type.json"), "{\"text\": 42}");
        Files.createSymbolicLink(in.resolve("loop.txt"), Path.of("loop.txt"));
        Files.writeString(in.resolve("over-limit.txt"), "x".repeat(300_001));
        write(in.resolve("bad-mix-1252.txt"), "Grüße aus Köln\n„Zitat“ – 5 €\n", Charset.forName("windows-1252"));
        write(in.resolve("bad-mix-latin1.txt"), "Über die Brücke\nSüße Äpfel\n", Charset.forName("ISO-8859-1"));
        byte[] cut = "Ärger in München\nDas Ende fehlt: Grüß".getBytes(UTF_8);
        Files.write(in.resolve("bad-mix-cut.txt"), Arrays.copyOf(cut, cut.length - 1)); // "ß" cut in half
        // over the broker's 256 KiB either way: repeated text compresses into it, random letters do not
        Files.writeString(in.resolve("bad-mix-repetitive.txt"), "Wiederholung\n" + "Immer derselbe Absatz über Öl.\n\n".repeat(8_500));
        Files.writeString(in.resolve("bad-mix-incompressible.txt"), "Zufall\n" + randomLetters(295_000));
        List<String> inputFiles = fileNames(in);

        CorpusReplay.Result result;
        try (RestrictedBatchSize limit = new RestrictedBatchSize(BROKER_LIMIT)) {
            result = CorpusReplay.run(List.of("run", in.toString(), "--out", dir.resolve("out").toString(),
                    "--bootstrap-servers", SharedBroker.bootstrapServers(), "--no-tagging", "--max-bytes", "300000"));
        }

        assertEquals(ErrorHandler.SOME_REJECTED, result.exitCode(), result.err());
        Map<String, String> rejected = reports(result.err(), "rejected ");
        Map<String, String> warned = reports(result.err(), "warning ");
        assertEquals(Set.of("empty.txt", "blank.txt", "binary.txt", "utf16.txt", "broken.json", "deep.json",
                "wrong-type.json", "loop.txt", "over-limit.txt", "bad-mix-incompressible.txt"), rejected.keySet(), result.err());
        assertEquals("file is empty", rejected.get("empty.txt"));
        assertEquals("file is blank (white space only)", rejected.get("blank.txt"));
        assertTrue(rejected.get("binary.txt").startsWith("binary data"), result.err());
        assertTrue(rejected.get("utf16.txt").startsWith("UTF-16 text is not supported"), result.err());
        assertTrue(rejected.get("broken.json").startsWith("malformed JSON"), result.err());
        assertTrue(rejected.get("deep.json").contains("nesting depth"), result.err());
        assertEquals("field 'text' must be a string, found number", rejected.get("wrong-type.json"));
        assertEquals("symbolic link loop", rejected.get("loop.txt"));
        assertEquals("file is 300001 bytes, over the 300000 bytes limit", rejected.get("over-limit.txt"));
        assertTrue(rejected.get("bad-mix-incompressible.txt").startsWith("too large for Kafka: the article is "), result.err());
        assertEquals(Set.of("bad-mix-1252.txt", "bad-mix-latin1.txt", "bad-mix-cut.txt"), warned.keySet(), result.err());
        assertTrue(result.err().lines().noneMatch(l -> l.startsWith("\tat ") || l.contains("Exception:")),
                "no stack trace:\n" + result.err());
        List<String> steps = result.err().lines().filter(l -> l.matches(".* … \\d+\\.\\d s")).toList();
        assertEquals(List.of("connecting to Kafka at " + SharedBroker.bootstrapServers(), "starting the enrich topology"),
                steps.stream().map(l -> l.substring(0, l.lastIndexOf(" … "))).toList(), "the start-up steps: " + result.err());
        assertEquals(result.err().lines().count(), steps.size() + rejected.size() + warned.size()
                + result.err().lines().filter(l -> l.startsWith("ingest ") || l.startsWith("enrich ")).count(),
                "nothing else on stderr than the start-up steps, reports and progress:\n" + result.err());

        Map<String, EnrichedArticle> written = writtenBySource(dir.resolve("out"));
        assertEquals(Set.of("bad-mix-good.txt", "bad-mix-1252.txt", "bad-mix-latin1.txt", "bad-mix-cut.txt",
                "bad-mix-repetitive.txt"), written.keySet());
        assertEquals("Grüße aus Köln", written.get("bad-mix-1252.txt").title());
        assertEquals("„Zitat“ – 5 €", written.get("bad-mix-1252.txt").paragraphs().get(1).text());
        assertEquals("Süße Äpfel", written.get("bad-mix-latin1.txt").paragraphs().get(1).text());
        assertEquals("Das Ende fehlt: Grü", written.get("bad-mix-cut.txt").paragraphs().get(1).text());
        assertTrue(result.out().contains("newsflow run: 5 articles"), result.out());
        assertEquals(inputFiles, fileNames(in), "no input is moved or deleted");
    }

    /** "rejected PATH: reason" lines by file name. */
    private static Map<String, String> reports(String err, String prefix) {
        return err.lines().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()))
                .collect(Collectors.toMap(l -> Path.of(l.substring(0, l.indexOf(": "))).getFileName().toString(),
                        l -> l.substring(l.indexOf(": ") + 2)));
    }

    /**
     * This test's articles in the files, by source. The sink of a fresh output folder on the shared
     * broker also writes what other tests left on newsflow.enriched after the group's last commit.
     */
    private static Map<String, EnrichedArticle> writtenBySource(Path out) throws Exception {
        Collection<List<String>> files = CorpusReplay.lines(out).values();
        return files.stream().flatMap(List::stream).filter(line -> line.contains("\"source\":\"bad-mix-"))
                .map(line -> ARTICLES.fromBytes(line.getBytes(UTF_8)))
                .collect(Collectors.toMap(EnrichedArticle::source, Function.identity()));
    }

    private static List<String> fileNames(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static void write(Path file, String text, Charset charset) throws Exception {
        Files.write(file, text.getBytes(charset));
    }

    private static String randomLetters(int length) {
        Random random = new Random(42);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(i % 80 == 79 ? '\n' : (char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    /** Lowers max.message.bytes of newsflow.articles on the shared broker for one test, and restores it. */
    private static final class RestrictedBatchSize implements AutoCloseable {

        private final Admin admin = Admin.create(SharedBroker.client());
        private final ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.ARTICLES.name());

        RestrictedBatchSize(int bytes) throws Exception {
            TopicSetup.ensure(SharedBroker.client(), TopicSetup.DEFAULT_PARTITIONS);
            set(Integer.toString(bytes));
        }

        private void set(String bytes) throws Exception {
            admin.incrementalAlterConfigs(Map.of(topic, List.of(new AlterConfigOp(
                    new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, bytes), AlterConfigOp.OpType.SET)))).all().get();
        }

        @Override
        public void close() throws Exception {
            try {
                set(Integer.toString(Topics.MAX_MESSAGE_BYTES));
            } finally {
                admin.close();
            }
        }
    }
}
