package dev.newsflow.measure.dedup;

import dev.newsflow.enrich.EnrichConfig;
import dev.newsflow.enrich.EnrichStreams;
import dev.newsflow.enrich.EnrichTopology;
import dev.newsflow.enrich.entities.EntityTagger;
import dev.newsflow.measure.corpus.BandCandidates;
import dev.newsflow.measure.corpus.GeneratedArticle;
import dev.newsflow.measure.corpus.GeneratedParagraph;
import dev.newsflow.measure.corpus.Truth;
import dev.newsflow.model.Article;
import dev.newsflow.model.DirectoryTree;
import dev.newsflow.model.Duplicate;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.JsonSerde;
import dev.newsflow.model.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * Runs generated articles through the real enrich topology (on Kafka's test driver, no broker)
 * and scores which paragraphs it dropped against what they really are.
 */
public final class DedupEvaluation {

    /** Counts of one kind of paragraph: how many there were and how many were dropped. */
    public static final class Tally {
        int total;
        int dropped;
        int droppedAsNear;

        public int total() {
            return total;
        }

        public int dropped() {
            return dropped;
        }

        public double droppedShare() {
            return total == 0 ? Double.NaN : (double) dropped / total;
        }
    }

    /** A paragraph dedup judged wrongly, with the one it was made from. */
    public record Mistake(Truth truth, String text, String madeFrom, Duplicate verdict) {}

    final Map<Truth, Tally> byTruth = new EnumMap<>(Truth.class);
    final List<Mistake> mistakes = new java.util.ArrayList<>();
    private final Map<String, GeneratedArticle> byId = new HashMap<>();
    final Map<Integer, Tally> nearByEdits = new HashMap<>();
    int articles;
    double seconds;
    BandCandidates bands;

    public int articles() {
        return articles;
    }

    public double seconds() {
        return seconds;
    }

    /** What the topology's band claims read on this corpus (the band search run again beside the topology). */
    public BandCandidates bands() {
        return bands;
    }

    /** The near copies by the number of edits that made them. */
    public Map<Integer, Tally> nearByEdits() {
        return nearByEdits;
    }

    public List<Mistake> mistakes() {
        return mistakes;
    }

    public static DedupEvaluation run(List<GeneratedArticle> generated, EnrichConfig config) {
        DedupEvaluation evaluation = new DedupEvaluation();
        long start = System.nanoTime();
        Map<String, EnrichedArticle> latest = enrich(generated, config);
        evaluation.seconds = (System.nanoTime() - start) / 1e9;
        generated.forEach(article -> evaluation.byId.put(article.id(), article));
        evaluation.bands = BandCandidates.of(generated.stream().map(GeneratedArticle::toArticle).toList(),
                config.nearCopy(), config.bucketSize());
        for (GeneratedArticle article : generated) {
            evaluation.score(article, latest.get(article.id()));
        }
        return evaluation;
    }

    private static Map<String, EnrichedArticle> enrich(List<GeneratedArticle> generated, EnrichConfig config) {
        Path stateDir = temporaryDirectory();
        try {
            return enrich(generated, config, stateDir);
        } finally {
            DirectoryTree.delete(stateDir); // the topology's state of this evaluation only: of no use once the figures are out
        }
    }

    private static Map<String, EnrichedArticle> enrich(List<GeneratedArticle> generated, EnrichConfig config, Path stateDir) {
        Map<String, EnrichedArticle> latest = new HashMap<>();
        JsonSerde<Article> articles = JsonSerde.of(Article.class);
        try (TopologyTestDriver driver = new TopologyTestDriver(EnrichTopology.build(config, EntityTagger.disabled()),
                EnrichStreams.properties(Map.of(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092"), stateDir, 1))) {
            TestInputTopic<String, byte[]> in = driver.createInputTopic(Topics.ARTICLES.name(),
                    Serdes.String().serializer(), Serdes.ByteArray().serializer());
            TestOutputTopic<String, EnrichedArticle> out = driver.createOutputTopic(Topics.ENRICHED.name(),
                    Serdes.String().deserializer(), Topics.ENRICHED.valueSerde().deserializer());
            for (GeneratedArticle article : generated) {
                Article input = article.toArticle();
                in.pipeInput(input.id(), articles.toBytes(input), input.ingestedAt());
                out.readValuesToList().forEach(enriched -> latest.put(enriched.id(), enriched));
                discardInternalRecords(driver);
            }
        }
        return latest;
    }

    /** The test driver keeps every record written to any topic until it is read; nobody reads these. */
    private static void discardInternalRecords(TopologyTestDriver driver) {
        for (String topic : driver.producedTopicNames()) {
            if (!topic.equals(Topics.ENRICHED.name())) {
                driver.createOutputTopic(topic, Serdes.ByteArray().deserializer(), Serdes.ByteArray().deserializer())
                        .readRecordsToList();
            }
        }
    }

    private void score(GeneratedArticle article, EnrichedArticle enriched) {
        if (enriched == null) {
            throw new IllegalStateException("the topology produced nothing for " + article.id());
        }
        articles++;
        Map<Integer, Duplicate> dropped = new HashMap<>();
        enriched.duplicates().forEach(d -> dropped.put(d.index(), d));
        List<GeneratedParagraph> paragraphs = article.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            GeneratedParagraph paragraph = paragraphs.get(i);
            Duplicate duplicate = dropped.get(i);
            count(byTruth.computeIfAbsent(paragraph.truth(), t -> new Tally()), duplicate);
            if (paragraph.truth().isCopy() == (duplicate == null)) {
                mistakes.add(new Mistake(paragraph.truth(), paragraph.text(), madeFrom(paragraph), duplicate));
            }
            if (paragraph.truth() == Truth.NEAR_COPY) {
                count(nearByEdits.computeIfAbsent(paragraph.edits(), e -> new Tally()), duplicate);
            }
        }
    }

    private String madeFrom(GeneratedParagraph paragraph) {
        return paragraph.copyOfArticle() == null ? null
                : byId.get(paragraph.copyOfArticle()).paragraphs().get(paragraph.copyOfIndex()).text();
    }

    private static void count(Tally tally, Duplicate duplicate) {
        tally.total++;
        if (duplicate != null) {
            tally.dropped++;
            if (Duplicate.NEAR.equals(duplicate.match())) {
                tally.droppedAsNear++;
            }
        }
    }

    public Tally tally(Truth truth) {
        return byTruth.getOrDefault(truth, new Tally());
    }

    /** Of the dropped paragraphs, the share that really were copies. */
    public double precision() {
        return precision(truth -> true);
    }

    /** Of the copies, the share that was dropped. */
    public double recall() {
        return recall(truth -> true);
    }

    /** Precision over the re-broken paragraphs alone (merged, split, a sentence added, one shared). */
    public double reBrokenPrecision() {
        return precision(Truth::isReBroken);
    }

    /** Recall over the re-broken copies alone. */
    public double reBrokenRecall() {
        return recall(Truth::isReBroken);
    }

    private double precision(Predicate<Truth> among) {
        int copiesDropped = 0;
        int keepersDropped = 0;
        for (Truth truth : Truth.values()) {
            if (among.test(truth)) {
                if (truth.isCopy()) {
                    copiesDropped += tally(truth).dropped;
                } else {
                    keepersDropped += tally(truth).dropped;
                }
            }
        }
        return (double) copiesDropped / (copiesDropped + keepersDropped);
    }

    private double recall(Predicate<Truth> among) {
        int copies = 0;
        int dropped = 0;
        for (Truth truth : Truth.values()) {
            if (among.test(truth) && truth.isCopy()) {
                copies += tally(truth).total;
                dropped += tally(truth).dropped;
            }
        }
        return (double) dropped / copies;
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("newsflow-eval-dedup");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary state directory", e);
        }
    }
}
