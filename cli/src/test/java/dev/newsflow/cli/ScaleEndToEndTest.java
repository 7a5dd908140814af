package dev.newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.broker.EmbeddedBroker;
import dev.newsflow.enrich.EnrichConfig;
import dev.newsflow.enrich.EnrichTopology;
import dev.newsflow.enrich.entities.EntityTagger;
import dev.newsflow.ingest.ArticlePublisher;
import dev.newsflow.measure.corpus.CorpusSources;
import dev.newsflow.measure.corpus.GeneratedArticle;
import dev.newsflow.measure.corpus.SyntheticCorpus;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.ParagraphRef;
import dev.newsflow.model.TopicSetup;
import dev.newsflow.model.Topics;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dedup at scale on the embedded broker: 2,000 generated articles on 4 partitions, decided by two
 * enrich instances at once, end in the same kept and dropped paragraphs as with one instance.
 */
class ScaleEndToEndTest {

    private static final int ARTICLES = 2_000;
    private static final int PARTITIONS = 4;

    /**
     * The sub-topologies of the topology, each a task per partition: read, scatter and gather (the
     * articles and the verdicts), and decide (the claims).
     */
    private static final int SUBTOPOLOGIES = EnrichTopology.build(EnrichConfig.defaults(), EntityTagger.disabled())
            .describe().subtopologies().size();

    /** The input topics of the topology: the articles, the claims, and the verdicts it repartitions. */
    private static final List<String> INPUTS = List.of(Topics.ARTICLES.name(), TopicSetup.CLAIMS,
            EnrichTopology.APPLICATION_ID + "-" + EnrichTopology.BY_ARTICLE + "-repartition");

    private static final MBeanServer MBEANS = ManagementFactory.getPlatformMBeanServer();

    @TempDir
    Path dir;

    @Test
    void shouldDecideTheSameWithTwoInstancesAsWithOne() throws Exception {
        List<GeneratedArticle> corpus = new SyntheticCorpus(CorpusSources.read(CorpusReplay.CORPUS), 7,
                SyntheticCorpus.Mix.dedupEvaluation(), 3, 7).generate(ARTICLES);

        Enriched one = enrich(corpus, 1, dir.resolve("one"));
        Enriched two = enrich(corpus, 2, dir.resolve("two"));
        Map<String, EnrichedArticle> oneInstance = one.articles();
        Map<String, EnrichedArticle> twoInstances = two.articles();

        // two instances, each with tasks and records processed: not one instance against one
        assertEquals(1, one.instances().size());
        assertEquals(SUBTOPOLOGIES * PARTITIONS, one.instances().get(0).tasks().size(), "one instance has every task: " + one.instances());
        assertEquals(2, two.instances().size());
        for (Instance instance : two.instances()) {
            assertTrue(!instance.tasks().isEmpty(), "each instance has tasks: " + two.instances());
            assertTrue(instance.processed() > 0, "each instance processed records: " + two.instances());
        }
        Set<String> twoTasks = new TreeSet<>();
        two.instances().forEach(instance -> twoTasks.addAll(instance.tasks()));
        assertEquals(one.instances().get(0).tasks(), twoTasks, "the same tasks, shared: " + two.instances());
        assertEquals(SUBTOPOLOGIES * PARTITIONS, two.instances().stream().mapToInt(i -> i.tasks().size()).sum(),
                "no task on both: " + two.instances());
        assertEquals(ARTICLES, oneInstance.size());
        assertEquals(ARTICLES, twoInstances.size());
        assertEquals(decisions(oneInstance), decisions(twoInstances), "kept and dropped paragraphs, and how they were matched");
        assertEquals(firstCopies(oneInstance), firstCopies(twoInstances),
                "following duplicateOf leads to the same first paragraph (a pointer may name a copy in between)");
        long dropped = oneInstance.values().stream().mapToLong(a -> a.duplicates().size()).sum();
        assertEquals(true, dropped > ARTICLES / 2, "the corpus has copies to find: " + dropped);
    }

    /** Per article: the kept indexes, and the dropped ones with their match. */
    private static Map<String, String> decisions(Map<String, EnrichedArticle> articles) {
        Map<String, String> decisions = new TreeMap<>();
        articles.forEach((id, article) -> decisions.put(id, article.paragraphs().stream().map(p -> p.index() + "")
                .collect(Collectors.joining(",")) + " | " + article.duplicates().stream()
                .map(d -> d.index() + d.match()).collect(Collectors.joining(","))));
        return decisions;
    }

    /** Per dropped paragraph, the kept paragraph its chain of duplicateOf pointers ends at. */
    private static Map<ParagraphRef, ParagraphRef> firstCopies(Map<String, EnrichedArticle> articles) {
        Map<ParagraphRef, ParagraphRef> pointers = new HashMap<>();
        articles.forEach((id, article) -> article.duplicates()
                .forEach(d -> pointers.put(new ParagraphRef(id, d.index()), d.duplicateOf())));
        Map<ParagraphRef, ParagraphRef> first = new TreeMap<>(Comparator.comparing(ParagraphRef::articleId)
                .thenComparingInt(ParagraphRef::index));
        for (ParagraphRef dropped : pointers.keySet()) {
            ParagraphRef at = pointers.get(dropped);
            for (int hops = 0; pointers.containsKey(at) && hops < 100; hops++) {
                at = pointers.get(at);
            }
            first.put(dropped, at);
        }
        return first;
    }

    /** What one instance did, as Kafka Streams' metrics tell: the tasks it had when the articles came, and the records it processed. */
    private record Instance(String clientId, Set<String> tasks, double processed) {}

    /** The latest enriched record of every article, and what each enrich instance did. */
    private record Enriched(Map<String, EnrichedArticle> articles, List<Instance> instances) {}

    /** The latest enriched record of every article, from a fresh broker with the given number of enrich instances. */
    private static Enriched enrich(List<GeneratedArticle> corpus, int instances, Path dir) throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(dir.resolve("broker"), 0, Map.of())) {
            Map<String, Object> client = Map.of("bootstrap.servers", broker.bootstrapServers());
            TopicSetup.ensure(client, PARTITIONS);
            List<EnrichService> services = new ArrayList<>();
            List<String> clientIds = new ArrayList<>();
            try (Admin admin = Admin.create(client)) {
                for (int i = 0; i < instances; i++) {
                    // a client id of its own, so that each instance's metrics can be told apart
                    String clientId = "scale-" + instances + "-" + i;
                    Map<String, Object> instanceClient = new HashMap<>(client);
                    instanceClient.put(StreamsConfig.CLIENT_ID_CONFIG, clientId);
                    clientIds.add(clientId);
                    services.add(new EnrichService(instanceClient, dir.resolve("state-" + i), 1,
                            EnrichConfig.defaults(), EntityTagger.disabled()).start());
                }
                // every instance has its share of the tasks before the first article arrives
                Map<String, Set<String>> tasks = awaitTasksShared(clientIds);
                try (ArticlePublisher publisher = new ArticlePublisher(client)) {
                    corpus.forEach(article -> publisher.publish(article.toArticle()));
                    publisher.flush();
                }
                awaitCaughtUp(admin, client);
                Map<String, EnrichedArticle> articles = readEnriched(client);
                List<Instance> seen = new ArrayList<>();
                for (String id : clientIds) {
                    seen.add(new Instance(id, tasks.get(id), processed(id)));
                }
                return new Enriched(articles, seen);
            } finally {
                services.forEach(EnrichService::close);
            }
        }
    }

    /** Waits until every task of the topology is active on exactly one instance, and each instance has some. */
    private static Map<String, Set<String>> awaitTasksShared(List<String> clientIds) throws Exception {
        int allTasks = SUBTOPOLOGIES * PARTITIONS;
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            Map<String, Set<String>> tasks = new TreeMap<>();
            for (String clientId : clientIds) {
                tasks.put(clientId, activeTasks(clientId));
            }
            long distinct = tasks.values().stream().flatMap(Set::stream).distinct().count();
            int total = tasks.values().stream().mapToInt(Set::size).sum();
            if (distinct == allTasks && total == allTasks && tasks.values().stream().noneMatch(Set::isEmpty)) {
                return tasks;
            }
            assertTrue(System.nanoTime() < deadline, "the tasks not shared among the instances within 2 minutes: " + tasks);
            // the instances rebalance on their own threads; there is no clock to move
            Thread.sleep(200);
        }
    }

    /** The ids of the tasks active on the instance's one stream thread, from their task metrics. */
    private static Set<String> activeTasks(String clientId) throws Exception {
        Set<String> tasks = new TreeSet<>();
        for (ObjectName name : MBEANS.queryNames(new ObjectName("kafka.streams:type=stream-task-metrics,thread-id="
                + threadOf(clientId) + ",task-id=*"), null)) {
            tasks.add(name.getKeyProperty("task-id"));
        }
        return tasks;
    }

    /** The records the instance's stream thread has processed, from its thread metrics; 0 without the thread. */
    private static double processed(String clientId) throws Exception {
        ObjectName thread = new ObjectName("kafka.streams:type=stream-thread-metrics,thread-id=" + threadOf(clientId));
        return MBEANS.isRegistered(thread) ? ((Number) MBEANS.getAttribute(thread, "process-total")).doubleValue() : 0;
    }

    private static String threadOf(String clientId) {
        return clientId + "-StreamThread-1";
    }

    /**
     * Waits until the topology has taken in everything: no transaction open on its input topics, and no
     * record on them past the offsets it committed. Then every revision it will write is on the enriched
     * topic, however long a rebalance kept it from reading.
     */
    private static void awaitCaughtUp(Admin admin, Map<String, Object> client) throws Exception {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : INPUTS) {
            for (int p = 0; p < PARTITIONS; p++) {
                partitions.add(new TopicPartition(topic, p));
            }
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(8).toNanos();
        try (KafkaConsumer<byte[], byte[]> consumer = readCommitted(client)) {
            consumer.assign(partitions);
            while (true) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(EnrichTopology.APPLICATION_ID)
                        .partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, Long> end = endOffsets(admin, partitions, IsolationLevel.READ_UNCOMMITTED);
                Map<TopicPartition, Long> stable = endOffsets(admin, partitions, IsolationLevel.READ_COMMITTED);
                if (end.equals(stable) && nothingPast(consumer, committed, stable)) {
                    return;
                }
                assertTrue(System.nanoTime() < deadline, "the topology did not take in every record within 8 minutes; committed "
                        + committed + ", end " + end + ", stable " + stable);
                Thread.sleep(500);
            }
        }
    }

    /**
     * True if no record lies between each partition's committed offset and its stable end. Read, not compared:
     * a transaction's commit marker takes an offset too, so a committed offset may stop one short of the end.
     */
    private static boolean nothingPast(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, OffsetAndMetadata> committed,
            Map<TopicPartition, Long> stable) {
        for (TopicPartition partition : consumer.assignment()) {
            OffsetAndMetadata offset = committed.get(partition);
            if (offset == null) {
                consumer.seekToBeginning(List.of(partition));
            } else {
                consumer.seek(partition, offset.offset());
            }
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (consumer.assignment().stream().anyMatch(p -> consumer.position(p) < stable.get(p))) {
            if (!consumer.poll(Duration.ofMillis(200)).isEmpty()) {
                return false;
            }
            assertTrue(System.nanoTime() < deadline, "could not read the input topics to their end");
        }
        return true;
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin, List<TopicPartition> partitions, IsolationLevel isolation)
            throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
        Map<TopicPartition, Long> offsets = new HashMap<>();
        admin.listOffsets(latest, new ListOffsetsOptions(isolation)).all().get()
                .forEach((p, info) -> offsets.put(p, info.offset()));
        return offsets;
    }

    /** The latest record of every article on the enriched topic, read to its end. */
    private static Map<String, EnrichedArticle> readEnriched(Map<String, Object> client) {
        Map<String, EnrichedArticle> latest = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = readCommitted(client)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (int p = 0; p < PARTITIONS; p++) {
                partitions.add(new TopicPartition(Topics.ENRICHED.name(), p));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    latest.put(new String(record.key(), StandardCharsets.UTF_8),
                            Topics.ENRICHED.valueSerde().deserializer().deserialize(record.topic(), record.value()));
                }
                assertTrue(System.nanoTime() < deadline, "could not read the enriched topic to its end " + end);
            }
        }
        return latest;
    }

    private static KafkaConsumer<byte[], byte[]> readCommitted(Map<String, Object> client) {
        Map<String, Object> props = new HashMap<>(client);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
