package dev.newsflow.enrich;

import static dev.newsflow.enrich.TopologyFixture.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.enrich.entities.EntityTagger;
import dev.newsflow.model.EnrichedArticle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An instance killed, its state directory wiped, and started again: it restores its stores from
 * their changelogs and its stored batches from the claims topic (neither they nor the claim index
 * built from them are changelogged), and decides everything after the restart as an instance that
 * never stopped does: revisions of articles decided before the restart, exact and near copies of
 * their paragraphs, replays. The driver does not keep offsets across drivers, so the claims topic
 * is given whole: everything on it before the restart had been read.
 */
class RestartTest {

    /** The stores and their value serdes, as the topology logs them. */
    private static final Map<String, Serde<?>> STORES = Map.of(
            EnrichTopology.FIRST_SEEN_STORE, InternalSerdes.FIRST_SEEN,
            EnrichTopology.BATCH_WRITES_STORE, Serdes.Long(),
            EnrichTopology.GATHERINGS_STORE, InternalSerdes.GATHERINGS,
            EnrichTopology.BODIES_STORE, InternalSerdes.BODIES,
            EnrichTopology.LAST_EMITTED_STORE, InternalSerdes.LAST_EMITTED);

    @TempDir
    Path dir;

    @Test
    void shouldDecideAfterARestartFromTheChangelogsAsWithoutOne() throws Exception {
        List<Input> inputs = inputs();
        int restartAt = 4;

        List<KeyValue<String, EnrichedArticle>> uninterrupted;
        try (TopologyFixture topology = fixture("uninterrupted")) {
            inputs.forEach(input -> input.feedTo(topology));
            uninterrupted = topology.enriched.readKeyValuesToList();
        }

        List<KeyValue<String, EnrichedArticle>> restarted = new ArrayList<>();
        Map<String, Map<String, byte[]>> changelogs;
        List<KeyValue<String, DedupEvent>> claims;
        try (TopologyFixture before = fixture("before")) {
            inputs.subList(0, restartAt).forEach(input -> input.feedTo(before));
            restarted.addAll(before.enriched.readKeyValuesToList());
            changelogs = changelogs(before);
            claims = before.claims.readKeyValuesToList();
        }
        assertTrue(claims.stream().anyMatch(kv -> kv.value instanceof DedupEvent.Claims), "batches were written before the restart");
        try (TopologyFixture after = fixture("after", claims)) {
            restore(after, changelogs);
            continueOffsets(after, restartAt);
            inputs.subList(restartAt, inputs.size()).forEach(input -> input.feedTo(after));
            restarted.addAll(after.enriched.readKeyValuesToList());
        }

        assertTrue(uninterrupted.stream().anyMatch(kv -> kv.key.equals("a2") && uninterrupted.indexOf(kv) >= restartAt),
                "an article decided before the restart is revised after it");
        assertTrue(uninterrupted.stream().anyMatch(kv -> kv.value.duplicates().stream()
                .anyMatch(d -> d.match().equals("near") && !d.duplicateOf().articleId().equals(kv.key))),
                "near copies across articles are found");
        assertEquals(uninterrupted, restarted);
    }

    /**
     * A task that other instances moved on, back on an instance whose state directory still has
     * it: its stores catch up from the changelogs, but its claim index (not changelogged) is as
     * the task left this instance, behind them, and must be built again before it decides.
     */
    @Test
    void shouldBuildTheClaimIndexAgainWhereItIsBehindTheStoredBatches() throws Exception {
        List<Input> inputs = inputs();
        List<KeyValue<String, EnrichedArticle>> uninterrupted;
        try (TopologyFixture topology = fixture("uninterrupted")) {
            inputs.forEach(input -> input.feedTo(topology));
            uninterrupted = topology.enriched.readKeyValuesToList();
        }

        List<KeyValue<String, EnrichedArticle>> movedOn = new ArrayList<>();
        Map<String, Map<String, byte[]>> leftHere;
        Map<String, Map<String, byte[]>> leftElsewhere;
        List<KeyValue<String, DedupEvent>> claimsHere;
        List<KeyValue<String, DedupEvent>> claims = new ArrayList<>();
        try (TopologyFixture before = fixture("before")) {
            inputs.subList(0, 2).forEach(input -> input.feedTo(before));
            leftHere = changelogs(before);
            claimsHere = before.claims.readKeyValuesToList();
            inputs.subList(2, 5).forEach(input -> input.feedTo(before));
            leftElsewhere = changelogs(before);
            movedOn.addAll(before.enriched.readKeyValuesToList());
            claims.addAll(claimsHere);
            claims.addAll(before.claims.readKeyValuesToList());
        }
        leftHere.forEach((store, values) -> leftElsewhere.put(store, overlaid(values, leftElsewhere.get(store))));
        try (TopologyFixture back = fixture("back", claims)) {
            // the stored batches and the index as the task left this instance, after two articles
            KeyValueStore<String, DedupEvent.Claims> batches = back.driver.getKeyValueStore(EnrichTopology.BATCHES_STORE);
            ClaimIndex index = (ClaimIndex) back.driver.getStateStore(EnrichTopology.CLAIM_INDEX_STORE);
            claimsHere.stream().filter(kv -> kv.value instanceof DedupEvent.Claims)
                    .map(kv -> ((DedupEvent.Claims) kv.value).withoutBody()).filter(batch -> !batch.isEmpty())
                    .forEach(batch -> {
                        batches.put(batch.articleId(), batch);
                        index.apply(null, batch, 0);
                    });
            long writesHere = Serdes.Long().deserializer().deserialize("index",
                    leftHere.get(EnrichTopology.BATCH_WRITES_STORE).values().iterator().next());
            index.apply(null, null, writesHere);
            restore(back, leftElsewhere);
            continueOffsets(back, 5);
            inputs.subList(5, inputs.size()).forEach(input -> input.feedTo(back));
            movedOn.addAll(back.enriched.readKeyValuesToList());
        }

        assertEquals(uninterrupted, movedOn);
    }

    /**
     * A restarted instance reads the input on from where it stopped, and an article's pass is its
     * input offset: a new driver counts from 0, so records no store keeps take the offsets read
     * before (without them, a replay after the restart could take its first pass's offset and be
     * taken for that pass read again).
     */
    private static void continueOffsets(TopologyFixture topology, int read) {
        for (int offset = 0; offset < read; offset++) {
            topology.articles.pipeInput("read-before-" + offset, "not an article".getBytes(StandardCharsets.UTF_8), T0);
        }
        topology.deadLetters.readRecordsToList();
    }

    private static Map<String, byte[]> overlaid(Map<String, byte[]> earlier, Map<String, byte[]> later) {
        Map<String, byte[]> all = new LinkedHashMap<>(earlier);
        all.putAll(later);
        return all;
    }

    private TopologyFixture fixture(String name) {
        return new TopologyFixture(dir.resolve(name), EnrichConfig.defaults(), EntityTagger.disabled());
    }

    /** A fixture whose claims topic held {@code claims} before it started. */
    private TopologyFixture fixture(String name, List<KeyValue<String, DedupEvent>> claims) {
        ClaimsLog log = (partition, end, each) -> claims.forEach(kv -> each.accept(kv.key, kv.value));
        return new TopologyFixture(dir.resolve(name), EnrichConfig.defaults(), EntityTagger.disabled(), EnrichListener.NONE, log);
    }

    /** The latest value of each key on each store's changelog topic, as a restore reads them. */
    private static Map<String, Map<String, byte[]>> changelogs(TopologyFixture topology) {
        Map<String, Map<String, byte[]>> latest = new LinkedHashMap<>();
        for (String store : STORES.keySet()) {
            String topic = EnrichTopology.APPLICATION_ID + "-" + store + "-changelog";
            Map<String, byte[]> values = new LinkedHashMap<>();
            topology.driver.createOutputTopic(topic, Serdes.String().deserializer(), Serdes.ByteArray().deserializer())
                    .readRecordsToList().forEach(record -> values.put(record.key(), record.value()));
            latest.put(store, values);
        }
        return latest;
    }

    /** What Kafka Streams does for a task whose state directory is gone: fills its stores from the changelogs. */
    @SuppressWarnings("unchecked")
    private static void restore(TopologyFixture topology, Map<String, Map<String, byte[]>> changelogs) {
        changelogs.forEach((store, values) -> {
            KeyValueStore<String, Object> restored = topology.driver.getKeyValueStore(store);
            Serde<Object> serde = (Serde<Object>) STORES.get(store);
            values.forEach((key, bytes) -> {
                if (bytes == null) {
                    restored.delete(key);
                } else {
                    restored.put(key, serde.deserializer().deserialize("restore", bytes));
                }
            });
        });
    }

    private record Input(String id, String text, Instant ingestedAt) {

        void feedTo(TopologyFixture topology) {
            topology.feed(id, text, ingestedAt);
        }
    }

    /**
     * Articles built from the corpus: exact and near copies of each other's paragraphs, one that
     * comes earlier (by ingestion) arriving after the restart, and a replay.
     */
    private static List<Input> inputs() throws Exception {
        List<String> first = longParagraphs(Path.of("../corpus/000_c581dff1dc219dce.txt"));
        List<String> second = longParagraphs(Path.of("../corpus/001_7b908f9f754766f3.txt"));
        String a1 = Files.readString(Path.of("../corpus/000_c581dff1dc219dce.txt"));
        String a2 = Files.readString(Path.of("../corpus/001_7b908f9f754766f3.txt"));
        String b1 = "Titel B1\n\n" + first.get(2) + "\n\n" + nearCopy(second.get(3)) + "\n\nEin eigener Absatz von B1.";
        String b2 = "Titel B2\n\n" + second.get(1) + "\n\n" + nearCopy(first.get(4)) + "\n\n" + second.get(5);
        String b3 = "Titel B3\n\n" + nearCopy(second.get(1)) + "\n\n" + first.get(2) + "\n\n" + second.get(6)
                + "\n\n" + nearCopy(first.get(7));
        return List.of(
                new Input("a1", a1, T0),
                new Input("a2", a2, T0.plusSeconds(60)),
                new Input("b1", b1, T0.plusSeconds(120)),
                new Input("b3", b3, T0.plusSeconds(240)),
                // after the restart: earlier than a2 and b3, which lose paragraphs to it
                new Input("b2", b2, T0.plusSeconds(30)),
                new Input("c1", "Titel C1\n\n" + nearCopy(second.get(3)) + "\n\n" + first.get(4), T0.plusSeconds(300)),
                new Input("a1", a1, T0.plusSeconds(400)),
                new Input("b1", b1, T0.plusSeconds(500)));
    }

    private static List<String> longParagraphs(Path file) throws Exception {
        return Segmenter.segment(Files.readString(file)).stream().filter(p -> p.split(" ").length >= 15).toList();
    }

    /** Copy-edited: one word changed and a credit added. */
    private static String nearCopy(String paragraph) {
        return paragraph.replaceFirst(" die ", " jene ") + " (dpa)";
    }
}
