package dev.newsflow.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.newsflow.broker.SharedBroker;
import dev.newsflow.enrich.EnrichConfig;
import dev.newsflow.enrich.entities.EntityTagger;
import dev.newsflow.model.Article;
import dev.newsflow.model.DeadLetter;
import dev.newsflow.model.TopicSetup;
import dev.newsflow.model.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Garbage written straight to newsflow.articles while the topology runs on a real broker: each
 * record lands on newsflow.dlq unchanged with the reason and its topic, partition and offset in
 * headers, and the topology keeps running, so a good article sent after it is enriched.
 * (TopologyTestDriver covers the same in enrich's tests; this is the real broker, exactly-once.)
 */
class DeadLetterQueueTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path state;

    @Test
    void shouldSendUnreadableRecordsToTheDeadLetterTopicAndKeepRunning() throws Exception {
        Map<String, Object> client = SharedBroker.client();
        TopicSetup.ensure(client, TopicSetup.DEFAULT_PARTITIONS);
        Map<String, byte[]> garbage = new LinkedHashMap<>();
        garbage.put("dlq-binary", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xFF});
        garbage.put("dlq-not-json", "kein JSON, nur Text".getBytes(UTF_8));
        garbage.put("dlq-no-text", "{\"id\": \"dlq-no-text\", \"source\": \"x\"}".getBytes(UTF_8));
        garbage.put("dlq-array", "[1, 2, 3]".getBytes(UTF_8));
        Article good = new Article("dlq-good", "dlq-good.txt", "Nach dem Müll", "Nach dem Müll\nEin guter Absatz über Öl.",
                null, Instant.parse("2026-11-22T01:00:00Z"), "text/plain");

        try (EnrichService topology = new EnrichService(client, state, 1, EnrichConfig.defaults(), EntityTagger.disabled()).start();
             EnrichedArrivals arrivals = new EnrichedArrivals(client);
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(client, new StringSerializer(), new ByteArraySerializer())) {
            Map<String, RecordMetadata> sent = new HashMap<>();
            for (Map.Entry<String, byte[]> record : garbage.entrySet()) {
                sent.put(record.getKey(), producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), record.getKey(), record.getValue())).get());
            }
            producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), good.id(),
                    Topics.ARTICLES.valueSerde().serializer().serialize(Topics.ARTICLES.name(), good))).get();

            awaitEnriched(arrivals, topology, good.id());
            Map<String, ConsumerRecord<String, byte[]>> dead = deadLetters(client, garbage.keySet());

            for (Map.Entry<String, byte[]> record : garbage.entrySet()) {
                ConsumerRecord<String, byte[]> letter = dead.get(record.getKey());
                RecordMetadata origin = sent.get(record.getKey());
                assertArrayEquals(record.getValue(), letter.value(), "the record as it came");
                assertTrue(!header(letter, DeadLetter.REASON).isBlank(), "a reason");
                assertEquals(Topics.ARTICLES.name(), header(letter, DeadLetter.TOPIC));
                assertEquals(Integer.toString(origin.partition()), header(letter, DeadLetter.PARTITION));
                assertEquals(Long.toString(origin.offset()), header(letter, DeadLetter.OFFSET));
            }
            assertEquals("article dlq-no-text has no text", header(dead.get("dlq-no-text"), DeadLetter.REASON));
            assertTrue(!topology.isStopped(), "the topology keeps running");
        }
    }

    private static void awaitEnriched(EnrichedArrivals arrivals, EnrichService topology, String id) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!arrivals.hasSeenAll(Set.of(id))) {
            if (topology.isStopped() || System.nanoTime() > deadline) {
                fail("the good article after the garbage was not enriched; topology stopped: " + topology.isStopped());
            }
            // the topology runs on the broker's time, not ours
            Thread.sleep(50);
        }
    }

    /** The dead letters with the given keys, read committed from the start of newsflow.dlq. */
    private static Map<String, ConsumerRecord<String, byte[]>> deadLetters(Map<String, Object> client, Set<String> keys) {
        Map<String, Object> props = new HashMap<>(client);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<String, ConsumerRecord<String, byte[]>> found = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.DLQ.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!found.keySet().containsAll(keys) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (keys.contains(record.key())) {
                        assertEquals(null, found.put(record.key(), record), "dead-lettered once: " + record.key());
                    }
                }
            }
        }
        assertEquals(keys, found.keySet(), "every unreadable record on " + Topics.DLQ.name());
        return found;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), UTF_8);
    }
}
