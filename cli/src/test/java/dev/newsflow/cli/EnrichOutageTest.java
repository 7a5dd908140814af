package dev.newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.broker.EmbeddedBroker;
import dev.newsflow.enrich.EnrichConfig;
import dev.newsflow.enrich.entities.EntityTagger;
import dev.newsflow.ingest.ArticlePublisher;
import dev.newsflow.model.Article;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.JsonSerde;
import dev.newsflow.model.TopicSetup;
import dev.newsflow.sink.EnrichedSink;
import dev.newsflow.sink.SinkConfig;
import dev.newsflow.sink.SinkListener;
import dev.newsflow.model.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.errors.StreamsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, item 5: enrich and the sink outlive a cluster that is away longer than a task waits for it (Kafka
 * Streams' {@code task.timeout.ms}, 5 minutes by default, cut to 2 s here along with the
 * producer's own waits), and goes on, without a restart, once the broker is back on its data.
 */
class EnrichOutageTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Duration OUTAGE = Duration.ofSeconds(15);
    private static final JsonSerde<EnrichedArticle> ARTICLES = JsonSerde.of(EnrichedArticle.class);

    @TempDir
    Path dir;

    @Test
    void shouldTellAnOutageFromOtherFailures() {
        assertTrue(EnrichService.isKafkaAway(new StreamsException("task 0_1", new TimeoutException("no answer"))));
        assertFalse(EnrichService.isKafkaAway(new StreamsException("task 0_1", new IllegalStateException("a bug"))));
    }

    @Test
    void shouldGoOnWithoutARestartAfterKafkaWasAwayLongerThanATaskWaits() throws Exception {
        EmbeddedBroker broker = EmbeddedBroker.start(dir.resolve("broker"), 0, Map.of());
        String bootstrap = broker.bootstrapServers();
        int port = Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1));
        Map<String, Object> client = Map.of("bootstrap.servers", bootstrap);
        TopicSetup.ensure(client, 2);
        Map<String, Object> impatient = new HashMap<>(client);
        impatient.put("task.timeout.ms", 2_000);
        impatient.put("producer.max.block.ms", 2_000);
        impatient.put("producer.request.timeout.ms", 2_000);
        impatient.put("producer.delivery.timeout.ms", 4_000);
        Path out = dir.resolve("out");
        EnrichedSink sink = new EnrichedSink(SinkConfig.defaults(out).withRollRecords(5), client, SinkListener.NONE);
        Thread sinking = new Thread(sink::run, "sink");
        try (EnrichService service = new EnrichService(impatient, dir.resolve("state"), 1, EnrichConfig.defaults(),
                EntityTagger.disabled()).start()) {
            assertTrue(service.awaitRunning(WAIT), "enrich runs");
            sinking.start();
            publish(client, 0, 20);
            // away while the articles are in flight: a task has records to send and commit, and no cluster
            awaitEnriched(client, 1);
            broker.close();
            // away for many times the 2 s a task waits: under Kafka Streams' defaults, an outage of minutes
            Thread.sleep(OUTAGE.toMillis());
            assertFalse(service.isStopped(), "enrich still runs: " + service.failure());

            broker = EmbeddedBroker.start(dir.resolve("broker"), port, Map.of());
            publish(client, 20, 30);

            assertEquals(ids(0, 30), awaitEnriched(client, 30), "every article, those in flight during the outage too");
            assertFalse(service.isStopped());
            sink.close(); // a clean stop writes what is buffered
            sinking.join(WAIT.toMillis());
            assertEquals(30, written(out).size(), "the sink wrote every article once, through the outage: " + written(out));
            assertEquals(ids(0, 30), new TreeSet<>(written(out)));
        } finally {
            sink.close();
            broker.close();
        }
    }

    /** The article ids in the sink's files, one per line written. */
    private static List<String> written(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            List<String> ids = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("enriched+")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    ids.add(ARTICLES.fromBytes(line.getBytes(StandardCharsets.UTF_8)).id());
                }
            }
            return ids;
        }
    }

    private static void publish(Map<String, Object> client, int from, int to) {
        try (ArticlePublisher publisher = new ArticlePublisher(client)) {
            for (int i = from; i < to; i++) {
                String id = "outage-" + i;
                publisher.publish(new Article(id, id + ".txt", "Meldung " + i,
                        "Meldung " + i + "\n\nDer Text der Meldung " + i + " über den Stand der Dinge in Dresden.",
                        null, Instant.now(), "text/plain"));
            }
            publisher.flush();
        }
    }

    private static Set<String> ids(int from, int to) {
        Set<String> ids = new TreeSet<>();
        IntStream.range(from, to).forEach(i -> ids.add("outage-" + i));
        return ids;
    }

    /** The ids on the enriched topic, read committed, once at least {@code count} are there. */
    private static Set<String> awaitEnriched(Map<String, Object> client, int count) throws Exception {
        Map<String, Object> props = new HashMap<>(client);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Set<String> ids = new TreeSet<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<org.apache.kafka.common.TopicPartition> partitions = consumer.partitionsFor(Topics.ENRICHED.name()).stream()
                    .map(p -> new org.apache.kafka.common.TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (ids.size() < count) {
                assertTrue(System.nanoTime() < deadline, "only " + ids.size() + " of " + count + " articles enriched: " + ids);
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    ids.add(record.key());
                }
            }
        }
        return ids;
    }
}
