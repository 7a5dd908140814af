package dev.newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsflow.broker.EmbeddedBroker;
import dev.newsflow.enrich.EnrichConfig;
import dev.newsflow.enrich.entities.EntityTagger;
import dev.newsflow.ingest.ArticlePublisher;
import dev.newsflow.measure.corpus.CorpusSources;
import dev.newsflow.measure.corpus.GeneratedArticle;
import dev.newsflow.measure.corpus.SyntheticCorpus;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.ParagraphRef;
import dev.newsflow.model.TopicSetup;
import dev.newsflow.model.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dedup at scale on the embedded broker: 2,000 generated articles on 4 partitions, decided by two
 * enrich instances at once, end in the same kept and dropped paragraphs as with one instance.
 */
class ScaleEndToEndTest {

    private static final int ARTICLES = 2_000;
    private static final int PARTITIONS = 4;

    @TempDir
    Path dir;

    @Test
    void shouldDecideTheSameWithTwoInstancesAsWithOne() throws Exception {
        List<GeneratedArticle> corpus = new SyntheticCorpus(CorpusSources.read(CorpusReplay.CORPUS), 7,
                SyntheticCorpus.Mix.dedupEvaluation(), 3, 7).generate(ARTICLES);

        Map<String, EnrichedArticle> oneInstance = enrich(corpus, 1, dir.resolve("one"));
        Map<String, EnrichedArticle> twoInstances = enrich(corpus, 2, dir.resolve("two"));

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

    /** The latest enriched record of every article, from a fresh broker with the given number of enrich instances. */
    private static Map<String, EnrichedArticle> enrich(List<GeneratedArticle> corpus, int instances, Path dir) throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(dir.resolve("broker"), 0, Map.of())) {
            Map<String, Object> client = Map.of("bootstrap.servers", broker.bootstrapServers());
            TopicSetup.ensure(client, PARTITIONS);
            List<EnrichService> services = new ArrayList<>();
            try {
                for (int i = 0; i < instances; i++) {
                    services.add(new EnrichService(client, dir.resolve("state-" + i), 1,
                            EnrichConfig.defaults(), EntityTagger.disabled()).start());
                }
                try (ArticlePublisher publisher = new ArticlePublisher(client)) {
                    corpus.forEach(article -> publisher.publish(article.toArticle()));
                    publisher.flush();
                }
                return readUntilAll(client, corpus.stream().map(GeneratedArticle::id).collect(Collectors.toSet()));
            } finally {
                services.forEach(EnrichService::close);
            }
        }
    }

    private static Map<String, EnrichedArticle> readUntilAll(Map<String, Object> client, Set<String> ids) {
        Map<String, Object> props = new HashMap<>(client);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<String, EnrichedArticle> latest = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (int p = 0; p < PARTITIONS; p++) {
                partitions.add(new TopicPartition(Topics.ENRICHED.name(), p));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofMinutes(8).toNanos();
            while (!latest.keySet().containsAll(ids) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    latest.put(record.key(), Topics.ENRICHED.valueSerde().deserializer().deserialize(record.topic(), record.value()));
                }
            }
            // revisions of articles already seen may still be on their way: read until the topology is idle
            long quietUntil = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (System.nanoTime() < quietUntil) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    latest.put(record.key(), Topics.ENRICHED.valueSerde().deserializer().deserialize(record.topic(), record.value()));
                    quietUntil = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                }
            }
        }
        return latest;
    }
}
