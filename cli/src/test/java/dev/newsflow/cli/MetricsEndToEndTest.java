package dev.newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.newsflow.broker.EmbeddedBroker;
import dev.newsflow.broker.SharedBroker;
import dev.newsflow.model.Duplicate;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.JsonSerde;
import dev.newsflow.model.Mention;
import dev.newsflow.model.Paragraph;
import dev.newsflow.model.TopicSetup;
import dev.newsflow.model.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --metrics-port on a real broker, in-process: the counters after the corpus went through 'run
 * --watch', checked against the records the sink wrote, and /health when the broker goes away and
 * comes back; watch's reads of both topics it shows, the notices of unchanged articles included.
 */
class MetricsEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(120);
    /** The cluster probe asks every 5 s and waits at most 10 s for an answer. */
    private static final Duration HEALTH_WAIT = Duration.ofSeconds(30);
    private static final Pattern ADDRESS = Pattern.compile("Metrics on (http://\\S+)/metrics");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonSerde<EnrichedArticle> ARTICLES = JsonSerde.of(EnrichedArticle.class);

    @TempDir
    Path dir;

    @Test
    void shouldCountTheCorpusAsItGoesThroughAndBeUnhealthyWhileTheBrokerIsAway() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = dir.resolve("out");
        EmbeddedBroker broker = EmbeddedBroker.start(dir.resolve("broker"), 0, Map.of());
        try (BackgroundCommand run = BackgroundCommand.start("run", in.toString(), "--out", out.toString(), "--watch",
                "--poll-interval", "200ms", "--bootstrap-servers", broker.bootstrapServers(), "--metrics-port", "0")) {
            run.awaitErr("Watching " + in, WAIT);
            URI metrics = address(run.err());
            awaitHealth(run, metrics, 200);
            Map<String, Double> before = scrape(metrics);

            List<Path> corpus = corpusFiles();
            for (Path file : corpus) {
                // written elsewhere and renamed in, as careful writers do
                Path part = Files.copy(file, dir.resolve(file.getFileName() + ".part"));
                Files.move(part, in.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
            }
            run.await("every article written", () -> run.out().lines().filter(l -> l.startsWith("written ")).count()
                    == corpus.size(), WAIT);
            Map<String, Double> after = scrape(metrics);
            Moved moved = new Moved(before, after);

            List<Path> files = jsonlFiles(out);
            List<EnrichedArticle> records = records(files);
            int n = corpus.size();
            assertEquals(n, records.size(), "one record per article: no revision in the corpus");
            assertEquals(n, moved.by("newsflow_inputs_read_total"));
            assertEquals(0, moved.by("newsflow_inputs_rejected_total"));
            assertEquals(n, moved.by("newsflow_articles_published_total"));
            assertEquals(n, moved.by("newsflow_articles_read_total{topic=\"newsflow.articles\"}"));
            assertEquals(0, moved.by("newsflow_dlq_records_total"));
            assertEquals(n, moved.by("newsflow_articles_enriched_total"));
            assertEquals(0, moved.by("newsflow_articles_unchanged_total"));
            assertEquals(n, moved.by("newsflow_ingest_to_enriched_seconds_count"));
            assertEquals(n, moved.by("newsflow_articles_read_total{topic=\"newsflow.enriched\"}"));
            assertEquals(n, moved.by("newsflow_articles_written_total"));
            assertEquals(files.size(), moved.by("newsflow_sink_files_total"));
            assertEquals(sizeOf(files), moved.by("newsflow_sink_bytes_total"));

            assertEquals(records.stream().mapToLong(r -> r.paragraphs().size()).sum(), moved.by("newsflow_paragraphs_kept_total"));
            for (String match : List.of(Duplicate.EXACT, Duplicate.NEAR)) {
                assertEquals(records.stream().flatMap(r -> r.duplicates().stream()).filter(d -> d.match().equals(match)).count(),
                        moved.by("newsflow_paragraphs_dropped_total{match=\"" + match + "\"}"), match);
            }
            assertTrue(moved.by("newsflow_paragraphs_dropped_total{match=\"exact\"}") > 0, "corpus 001 repeats a block");
            long mentions = 0;
            for (String type : List.of("PER", "LOC", "ORG", "MISC")) {
                long expected = records.stream().flatMap(r -> r.paragraphs().stream()).map(Paragraph::mentions)
                        .flatMap(List::stream).map(Mention::type).filter(type::equals).count();
                assertEquals(expected, moved.by("newsflow_mentions_total{type=\"" + type + "\"}"), type);
                mentions += expected;
            }
            assertTrue(mentions > 0, "the corpus names people and places");
            // Kafka's own, through Micrometer's binders, as its Prometheus registry names them
            assertTrue(after.keySet().stream().anyMatch(s -> s.startsWith("kafka_stream_thread_")), "Kafka Streams metrics");
            assertTrue(after.keySet().stream().anyMatch(s -> s.startsWith("kafka_consumer_fetch_manager_records_consumed_total{")
                    && s.contains("newsflow-sink")), "the sink's consumer");
            assertTrue(after.keySet().stream().anyMatch(s -> s.startsWith("kafka_producer_record_send_total{")
                    && s.contains("newsflow-ingest")), "ingest's producer");

            // the same files published again by another process: run's topology makes the same records,
            // publishes none and counts each article as unchanged, not as enriched again
            CorpusReplay.Result replay = CorpusReplay.run(List.of("ingest", in.toString(),
                    "--bootstrap-servers", broker.bootstrapServers()));
            assertEquals(0, replay.exitCode(), replay.err());
            run.await("every replayed article counted unchanged", () -> {
                try {
                    return new Moved(after, scrape(metrics)).by("newsflow_articles_unchanged_total") >= n;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }, WAIT);
            Moved replayed = new Moved(after, scrape(metrics));
            assertEquals(n, replayed.by("newsflow_articles_unchanged_total"));
            assertEquals(n, replayed.by("newsflow_articles_read_total{topic=\"newsflow.articles\"}"));
            assertEquals(0, replayed.by("newsflow_articles_enriched_total"), "a replay is not enriched again");
            assertEquals(0, replayed.by("newsflow_paragraphs_kept_total"));
            assertEquals(0, replayed.by("newsflow_ingest_to_enriched_seconds_count"));
            assertEquals(0, replayed.by("newsflow_articles_written_total"), "nor written again");

            broker.close();
            HttpResponse<String> away = awaitHealth(run, metrics, 503);
            assertTrue(away.body().startsWith("Kafka at " + broker.bootstrapServers() + " does not answer"), away.body());

            // the same broker back on the same port: the clients find it again
            int port = Integer.parseInt(broker.bootstrapServers().substring(broker.bootstrapServers().lastIndexOf(':') + 1));
            broker = EmbeddedBroker.start(dir.resolve("broker"), port, Map.of());
            awaitHealth(run, metrics, 200);
            run.stop();
            assertEquals(0, run.exitCode(WAIT), run.err());
        } finally {
            broker.close();
        }
    }

    @Test
    void shouldServeWatchsMetricsAndHealth() throws Exception {
        try (BackgroundCommand watch = BackgroundCommand.start("watch", "--bootstrap-servers", SharedBroker.bootstrapServers(),
                "--metrics-port", "0")) {
            watch.awaitErr("Watching newsflow.enriched", WAIT);
            URI metrics = address(watch.err());
            awaitHealth(watch, metrics, 200);
            Map<String, Double> before = scrape(metrics);
            assertTrue(before.containsKey("newsflow_articles_read_total{topic=\"newsflow.enriched\"}"), before.keySet()::toString);
            assertTrue(before.containsKey("newsflow_articles_read_total{topic=\"newsflow.unchanged\"}"), before.keySet()::toString);

            // an article enrich processed again without a change: its notice, not a record, is what watch reads
            publishNotice("metrics-watch-unchanged");
            watch.await("the notice shown", () -> watch.out().contains("— unchanged"), WAIT);
            Map<String, Double> after = scrape(metrics);
            Moved moved = new Moved(before, after);
            assertEquals(1, moved.by("newsflow_articles_read_total{topic=\"newsflow.unchanged\"}"));
            assertEquals(0, moved.by("newsflow_articles_read_total{topic=\"newsflow.enriched\"}"));
            assertTrue(after.keySet().stream().anyMatch(s -> s.startsWith("kafka_consumer_") && s.contains("newsflow-watch")),
                    "watch's consumer");
            watch.stop();
            assertEquals(0, watch.exitCode(WAIT), watch.err());
        }
    }

    /** A notice on newsflow.unchanged, as enrich writes one for a replayed article. */
    private static void publishNotice(String id) throws Exception {
        TopicSetup.ensure(SharedBroker.client(), TopicSetup.DEFAULT_PARTITIONS);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(SharedBroker.client(), new StringSerializer(),
                new ByteArraySerializer())) {
            String notice = "{\"schema\": 1, \"id\": \"" + id + "\", \"source\": \"" + id + ".txt\", "
                    + "\"title\": \"Wieder gelesen\", \"ingestedAt\": \"2026-11-22T01:00:00Z\"}";
            producer.send(new ProducerRecord<>(Topics.UNCHANGED.name(), id, notice.getBytes(StandardCharsets.UTF_8))).get();
        }
    }

    /** How far each counter moved between two scrapes. */
    private record Moved(Map<String, Double> before, Map<String, Double> after) {
        long by(String sample) {
            Double now = after.get(sample);
            if (now == null) {
                fail("no " + sample + " in /metrics");
            }
            return Math.round(now - before.getOrDefault(sample, 0.0));
        }
    }

    private static URI address(String err) {
        Matcher m = ADDRESS.matcher(err);
        assertTrue(m.find(), "no metrics address on stderr: " + err);
        return URI.create(m.group(1));
    }

    private static Map<String, Double> scrape(URI metrics) throws IOException, InterruptedException {
        HttpResponse<String> response = get(metrics.resolve("/metrics"));
        assertEquals(200, response.statusCode());
        Map<String, Double> samples = new HashMap<>();
        response.body().lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
            int space = line.lastIndexOf(' ');
            samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
        });
        return samples;
    }

    private static HttpResponse<String> awaitHealth(BackgroundCommand command, URI metrics, int status) throws Exception {
        HttpResponse<String>[] last = new HttpResponse[1];
        command.await("/health " + status, () -> {
            try {
                last[0] = get(metrics.resolve("/health"));
                return last[0].statusCode() == status;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }, HEALTH_WAIT);
        return last[0];
    }

    private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<Path> corpusFiles() throws IOException {
        try (Stream<Path> files = Files.list(CorpusReplay.CORPUS)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static List<Path> jsonlFiles(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).toList();
        }
    }

    private static List<EnrichedArticle> records(List<Path> files) throws IOException {
        List<EnrichedArticle> records = new java.util.ArrayList<>();
        for (Path file : files) {
            for (String line : Files.readAllLines(file)) {
                records.add(ARTICLES.fromBytes(line.getBytes(StandardCharsets.UTF_8)));
            }
        }
        return records;
    }

    private static long sizeOf(List<Path> files) throws IOException {
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        return bytes;
    }
}
