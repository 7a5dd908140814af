package dev.newsflow.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsflow.model.TopicSetup;
import dev.newsflow.model.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three embedded nodes in this JVM as one cluster: newsflow's topics and the committed offsets get
 * three copies and min.insync.replicas 2 from the cluster's defaults, and writes with
 * {@code acks=all} go on, nothing lost, while the node that led a partition is down. A clean stop
 * stands in for a death here; {@code crash-test --brokers 3} SIGKILLs nodes that are processes of
 * their own and starts them again on their data directories (about 20 s more than this test, which
 * the build's one crash test, on one broker, keeps for itself).
 */
class EmbeddedClusterTest {

    private static final String ARTICLES = Topics.ARTICLES.name();

    @TempDir
    Path dir;

    private final Map<Integer, EmbeddedBroker> nodes = new HashMap<>();
    private ControllerQuorum quorum;
    private final Map<Integer, Integer> clientPorts = new HashMap<>();

    @Test
    void shouldKeepEveryAcknowledgedRecordWhileOneNodeIsDown() throws Exception {
        startCluster();
        Map<String, Object> client = Map.of("bootstrap.servers", bootstrapServers());
        TopicSetup.ensure(client, 2);
        try (Admin admin = Admin.create(client)) {
            TopicDescription articles = admin.describeTopics(List.of(ARTICLES)).allTopicNames().get().get(ARTICLES);
            for (TopicPartitionInfo partition : articles.partitions()) {
                assertEquals(3, partition.replicas().size(), "three copies of " + partition);
            }
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, ARTICLES);
            Config config = admin.describeConfigs(List.of(topic)).all().get().get(topic);
            assertEquals("2", config.get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG).value());

            produce(client, 0, 50);
            int leader = articles.partitions().get(0).leader().id();
            nodes.remove(leader).close();
            produce(client, 50, 100);
            assertEquals(ids(0, 100), consumeAll(client), "every acknowledged record, none twice, with node " + leader + " down");

            String offsets = "__consumer_offsets";
            TopicDescription committed = admin.describeTopics(List.of(offsets)).allTopicNames().get().get(offsets);
            assertEquals(3, committed.partitions().get(0).replicas().size(), "three copies of the committed offsets too");
        }
    }

    private void startCluster() {
        int[] ports = EmbeddedBroker.freePorts(6);
        Map<Integer, Integer> controllerPorts = new HashMap<>();
        for (int id = 1; id <= 3; id++) {
            clientPorts.put(id, ports[id - 1]);
            controllerPorts.put(id, ports[id + 2]);
        }
        quorum = ControllerQuorum.of(controllerPorts);
        // a node is ready once a majority of the quorum is up, so all three start at once
        List<CompletableFuture<EmbeddedBroker>> starting = new ArrayList<>();
        for (int id : quorum.nodeIds()) {
            starting.add(CompletableFuture.supplyAsync(() -> startNode(id)));
        }
        starting.forEach(node -> {
            EmbeddedBroker broker = node.join();
            nodes.put(broker.nodeId(), broker);
        });
    }

    private EmbeddedBroker startNode(int id) {
        return EmbeddedBroker.startNode(dir.resolve("node-" + id), id, clientPorts.get(id), quorum, Map.of());
    }

    private String bootstrapServers() {
        return clientPorts.values().stream().map(port -> "127.0.0.1:" + port).collect(Collectors.joining(","));
    }

    private static void produce(Map<String, Object> client, int from, int to) throws Exception {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (int i = from; i < to; i++) {
                producer.send(new ProducerRecord<>(ARTICLES, "id-" + i, "article " + i)).get();
            }
        }
    }

    private static List<String> ids(int from, int to) {
        List<String> ids = new ArrayList<>();
        for (int i = from; i < to; i++) {
            ids.add("id-" + i);
        }
        return ids;
    }

    /**
     * Every record of the topic's partitions, read from the start to the end offsets, sorted by
     * number; and the offsets committed for a group, which makes Kafka create its offsets topic.
     */
    private static List<String> consumeAll(Map<String, Object> client) {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "cluster-test");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<String> keys = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(ARTICLES).stream()
                    .map(p -> new TopicPartition(ARTICLES, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    keys.add(record.key());
                }
            }
            consumer.commitSync();
        }
        keys.sort((a, b) -> Integer.compare(number(a), number(b)));
        return keys;
    }

    private static int number(String id) {
        return Integer.parseInt(id.substring("id-".length()));
    }

    /**
     * All at once: a node stopped last would wait, in its controlled shutdown, for a quorum that
     * the others took with them.
     */
    @AfterEach
    void stopCluster() {
        nodes.values().stream().map(node -> CompletableFuture.runAsync(node::close)).toList().forEach(CompletableFuture::join);
    }
}
