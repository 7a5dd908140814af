package dev.newsflow.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.broker.SharedBroker;
import dev.newsflow.model.Change;
import dev.newsflow.model.TopicSetup;
import dev.newsflow.model.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;

/** 'newsflow watch' in-process against a real broker; records are put on newsflow.enriched by the test. */
class WatchCommandTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Instant T = Instant.parse("2026-11-22T01:00:00Z");

    @Test
    void shouldShowEachArticleThatArrivesOnOneReadableLine() throws Exception {
        try (BackgroundCommand watch = BackgroundCommand.start("watch", "--max", "2", "--bootstrap-servers",
                SharedBroker.bootstrapServers())) {
            watch.awaitErr("from the end", WAIT);

            publish("watch-a", article("watch-a", "Erste Meldung über Köln", 3, 1, "{\"id\": \"koeln\", \"name\": \"Köln\", "
                    + "\"type\": \"LOC\", \"mentions\": 4}"));
            publish("watch-b", "kein JSON");

            assertEquals(0, watch.exitCode(WAIT), watch.err());
            assertEquals(List.of("[2026-11-22T01:00:00Z] Erste Meldung über Köln — 3 kept, 1 dropped · Köln (4)",
                            "[2026-11-22T01:00:00Z] (not an enriched article at partition " + partitionOf("watch-b")),
                    watch.out().lines().map(l -> l.startsWith("[2026-11-22T01:00:00Z] (") ? l.substring(0, l.indexOf(", offset")) : l)
                            .toList());
        }
    }

    @Test
    void shouldShowRevisedAndUnchangedArticlesAndSayHowManyOfEachWhenItStops() throws Exception {
        try (BackgroundCommand watch = BackgroundCommand.start("watch", "--max", "3", "--bootstrap-servers",
                SharedBroker.bootstrapServers())) {
            watch.awaitErr("from the end", WAIT);

            publish(Topics.ENRICHED.name(), "watch-c", article("watch-c", "Dritte Meldung", 2, 0, ""), Change.NEW);
            publish(Topics.ENRICHED.name(), "watch-c", article("watch-c", "Dritte Meldung", 1, 1, ""), Change.REVISED);
            publish(Topics.UNCHANGED.name(), "watch-c", "{\"schema\": 1, \"id\": \"watch-c\", \"source\": \"watch-c.txt\", "
                    + "\"title\": \"Dritte Meldung\", \"ingestedAt\": \"" + T + "\"}", null);

            assertEquals(0, watch.exitCode(WAIT), watch.err());
            // one key, one partition of each topic: the records of each topic in order, the topics in either
            List<String> lines = watch.out().lines().toList();
            assertEquals(3, lines.size(), watch.out());
            assertTrue(lines.indexOf("[2026-11-22T01:00:00Z] Dritte Meldung — 2 kept, 0 dropped")
                    < lines.indexOf("[2026-11-22T01:00:00Z] Dritte Meldung — revised: 1 kept, 1 dropped"), watch.out());
            assertTrue(lines.contains("[2026-11-22T01:00:00Z] Dritte Meldung — unchanged"), watch.out());
            assertTrue(watch.err().contains("Shown 3 records: 1 new, 1 revised, 1 unchanged."), watch.err());
        }
    }

    @Test
    void shouldReplayTheRawRecordsFromTheBeginning() throws Exception {
        String value = article("watch-replay", "Zum Nachlesen", 1, 0, "");
        publish("watch-replay", value);
        long onTopic = countRecords();

        CorpusReplay.Result replay = CorpusReplay.run(List.of("watch", "--from-beginning", "--json",
                "--max", Long.toString(onTopic), "--bootstrap-servers", SharedBroker.bootstrapServers()));

        assertEquals(0, replay.exitCode(), replay.err());
        List<String> lines = replay.out().lines().toList();
        assertEquals(onTopic, lines.size());
        assertTrue(lines.contains(value), replay.out());
    }

    @Test
    void shouldStopWhenAskedAsOnCtrlC() throws Exception {
        try (BackgroundCommand watch = BackgroundCommand.start("watch", "--bootstrap-servers", SharedBroker.bootstrapServers())) {
            watch.awaitErr("Stop with Ctrl-C", WAIT);

            watch.stop();

            assertEquals(0, watch.exitCode(Duration.ofSeconds(10)));
        }
    }

    /** An enriched record as JSON, with as many kept and dropped paragraphs as asked. */
    private static String article(String id, String title, int kept, int dropped, String entities) {
        StringBuilder paragraphs = new StringBuilder();
        for (int i = 0; i < kept; i++) {
            paragraphs.append(i == 0 ? "" : ",").append("{\"index\": ").append(i).append(", \"text\": \"Absatz ").append(i)
                    .append("\", \"fingerprint\": \"f").append(i).append("\", \"mentions\": []}");
        }
        StringBuilder duplicates = new StringBuilder();
        for (int i = 0; i < dropped; i++) {
            duplicates.append(i == 0 ? "" : ",").append("{\"index\": ").append(kept + i)
                    .append(", \"fingerprint\": \"f0\", \"match\": \"exact\", \"duplicateOf\": {\"articleId\": \"")
                    .append(id).append("\", \"index\": 0}}");
        }
        return "{\"schema\": 1, \"id\": \"" + id + "\", \"source\": \"" + id + ".txt\", \"title\": \"" + title
                + "\", \"publishedAt\": null, \"ingestedAt\": \"" + T + "\", \"paragraphs\": [" + paragraphs
                + "], \"duplicates\": [" + duplicates + "], \"entities\": [" + entities + "]}";
    }

    private static void publish(String key, String value) throws Exception {
        publish(Topics.ENRICHED.name(), key, value, null);
    }

    /** A record as enrich writes it: with its change in a header, where it has one. */
    private static void publish(String topic, String key, String value, Change change) throws Exception {
        TopicSetup.ensure(SharedBroker.client(), TopicSetup.DEFAULT_PARTITIONS);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(SharedBroker.client(), new StringSerializer(),
                new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, null, T.toEpochMilli(), key, value.getBytes(UTF_8));
            if (change != null) {
                record.headers().add(Change.HEADER, change.headerValue());
            }
            producer.send(record).get();
        }
    }

    private static int partitionOf(String key) {
        // the default partitioner: murmur2 of the key over the partitions
        return Utils.toPositive(Utils.murmur2(key.getBytes(UTF_8)))
                % TopicSetup.DEFAULT_PARTITIONS;
    }

    /** How many committed records newsflow.enriched holds, as a read_committed reader sees them. */
    private static long countRecords() {
        Map<String, Object> props = new HashMap<>(SharedBroker.client());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ENRICHED.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long count = 0;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                count += consumer.poll(Duration.ofMillis(200)).count();
            }
            return count;
        }
    }
}
