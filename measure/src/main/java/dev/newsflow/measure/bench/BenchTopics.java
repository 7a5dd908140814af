package dev.newsflow.measure.bench;

import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.TopicSetup;
import dev.newsflow.model.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Gives each benchmark stage fresh topics on the benchmark's own broker: newsflow's topics are
 * deleted and created again, and a stage's internal topics are deleted after it. Only ever on
 * the embedded broker the benchmark started, never on a cluster someone else uses.
 */
public final class BenchTopics {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private BenchTopics() {}

    /** Deletes newsflow's topics (whatever a stage left in them) and creates them empty. */
    public static void recreate(Map<String, Object> client, int partitions) throws Exception {
        deleteWhere(client, TopicSetup.NAMES::contains);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            TopicSetup.ensure(client, partitions);
            if (allPresent(client, partitions)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("newsflow's topics were not created again within " + WAIT);
            }
            Thread.sleep(100); // a deletion the controller has not finished: the name is not free yet
        }
    }

    /** Deletes the internal topics (repartition, changelog) of a Kafka Streams application. */
    public static void deleteInternal(Map<String, Object> client, String applicationId) throws Exception {
        deleteWhere(client, name -> name.startsWith(applicationId + "-"));
    }

    /**
     * Offsets written to each of a Kafka Streams application's internal topics and to the claims
     * topic (records and transaction markers), by the topic's name without the application id,
     * largest first; the topics written to are counted.
     */
    public static Map<String, Long> internalRecords(Map<String, Object> client, String applicationId) throws Exception {
        String prefix = applicationId + "-";
        try (Admin admin = Admin.create(client)) {
            // enrich's claims go through a topic of newsflow's own (it restores from it), recreated for each stage
            Set<String> names = admin.listTopics().names().get().stream()
                    .filter(name -> name.startsWith(prefix) || name.equals(TopicSetup.CLAIMS)).collect(Collectors.toSet());
            if (names.isEmpty()) {
                return Map.of();
            }
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(names).allTopicNames().get().values().forEach(topic -> topic.partitions()
                    .forEach(p -> latest.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest())));
            Map<String, Long> byTopic = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((partition, end) -> {
                String topic = partition.topic();
                if (end.offset() > 0) {
                    byTopic.merge(topic.startsWith(prefix) ? topic.substring(prefix.length()) : topic, end.offset(), Long::sum);
                }
            });
            Map<String, Long> largestFirst = new LinkedHashMap<>();
            byTopic.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .forEachOrdered(topic -> largestFirst.put(topic.getKey(), topic.getValue()));
            return largestFirst;
        }
    }

    private static void deleteWhere(Map<String, Object> client, java.util.function.Predicate<String> doomed)
            throws Exception {
        try (Admin admin = Admin.create(client)) {
            Set<String> names = admin.listTopics().names().get().stream().filter(doomed).collect(Collectors.toSet());
            if (names.isEmpty()) {
                return;
            }
            admin.deleteTopics(names).all().get();
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (admin.listTopics().names().get().stream().anyMatch(names::contains)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("topics " + names + " were not deleted within " + WAIT);
                }
                Thread.sleep(100);
            }
        }
    }

    private static boolean allPresent(Map<String, Object> client, int partitions) throws InterruptedException {
        try (Admin admin = Admin.create(client)) {
            Map<String, TopicDescription> topics = admin.describeTopics(TopicSetup.NAMES).allTopicNames()
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS);
            return topics.values().stream().allMatch(t -> t.partitions().size() == partitions);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    /** The latest record of every article on {@code newsflow.enriched}, read to its current end. */
    public static Map<String, EnrichedArticle> readEnriched(Map<String, Object> client) {
        Map<String, Object> props = new HashMap<>(client);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        Map<String, EnrichedArticle> latest = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ENRICHED.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read newsflow.enriched to its end within " + WAIT);
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    latest.put(record.key(), Topics.ENRICHED.valueSerde().deserializer()
                            .deserialize(record.topic(), record.value()));
                }
            }
        }
        return latest;
    }
}
