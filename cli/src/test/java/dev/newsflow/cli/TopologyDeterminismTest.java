package dev.newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.enrich.EnrichConfig;
import dev.newsflow.enrich.EnrichStreams;
import dev.newsflow.enrich.EnrichTopology;
import dev.newsflow.enrich.entities.EntityTagger;
import dev.newsflow.measure.corpus.CorpusSources;
import dev.newsflow.measure.corpus.GeneratedArticle;
import dev.newsflow.measure.corpus.SyntheticCorpus;
import dev.newsflow.model.Article;
import dev.newsflow.model.JsonSerde;
import dev.newsflow.model.Topics;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input in the same order gives byte-identical output. */
class TopologyDeterminismTest {

    @TempDir
    Path dir;

    @Test
    void shouldProduceByteIdenticalRecordsWhenTheSameInputIsReplayed() {
        List<GeneratedArticle> corpus = new SyntheticCorpus(CorpusSources.read(CorpusReplay.CORPUS), 11,
                SyntheticCorpus.Mix.dedupEvaluation(), 4, 12).generate(200);

        List<byte[]> first = enrich(corpus, dir.resolve("first"));
        List<byte[]> second = enrich(corpus, dir.resolve("second"));

        // two empty outputs are identical too: every article must have come out
        assertTrue(first.size() >= corpus.size(), "an enriched record per article at least: " + first.size());
        assertEquals(first.size(), second.size());
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.get(i), second.get(i), "record " + i);
        }
    }

    private static List<byte[]> enrich(List<GeneratedArticle> corpus, Path stateDir) {
        JsonSerde<Article> articles = JsonSerde.of(Article.class);
        try (TopologyTestDriver driver = new TopologyTestDriver(EnrichTopology.build(EnrichConfig.defaults(), EntityTagger.disabled()),
                EnrichStreams.properties(Map.of(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092"), stateDir, 1))) {
            TestInputTopic<String, byte[]> in = driver.createInputTopic(Topics.ARTICLES.name(),
                    Serdes.String().serializer(), Serdes.ByteArray().serializer());
            corpus.forEach(article -> in.pipeInput(article.id(), articles.toBytes(article.toArticle()), article.ingestedAt()));
            return driver.createOutputTopic(Topics.ENRICHED.name(), Serdes.String().deserializer(), Serdes.ByteArray().deserializer())
                    .readValuesToList();
        }
    }
}
