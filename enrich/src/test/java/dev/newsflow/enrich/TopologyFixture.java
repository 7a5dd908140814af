package dev.newsflow.enrich;

import dev.newsflow.enrich.entities.EntityTagger;
import dev.newsflow.model.Article;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.JsonSerde;
import dev.newsflow.model.TopicSetup;
import dev.newsflow.model.Topics;
import dev.newsflow.model.UnchangedArticle;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/** The real topology on a {@link TopologyTestDriver}, with helpers to feed articles and read results. */
final class TopologyFixture implements AutoCloseable {

    static final Instant T0 = Instant.parse("2026-11-22T01:00:00Z");

    final TopologyTestDriver driver;
    final TestInputTopic<String, byte[]> articles;
    final TestOutputTopic<String, EnrichedArticle> enriched;
    final TestOutputTopic<String, UnchangedArticle> unchanged;
    final TestOutputTopic<String, byte[]> deadLetters;
    /** What the scatter wrote to the claims topic (the driver also pipes it on to the deciding stage). */
    final TestOutputTopic<String, DedupEvent> claims;

    TopologyFixture(Path stateDir, EnrichConfig config, EntityTagger tagger) {
        this(stateDir, config, tagger, EnrichListener.NONE);
    }

    TopologyFixture(Path stateDir, EnrichConfig config, EntityTagger tagger, EnrichListener listener) {
        this(stateDir, config, tagger, listener, null);
    }

    /** @param claimsLog what the deciding stage restores its stored batches from, in place of the claims topic */
    TopologyFixture(Path stateDir, EnrichConfig config, EntityTagger tagger, EnrichListener listener, ClaimsLog claimsLog) {
        Properties props = EnrichStreams.properties(
                Map.of(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092"), stateDir, 1);
        if (claimsLog != null) {
            props.put(ClaimsLog.CONFIG, claimsLog);
        }
        driver = new TopologyTestDriver(EnrichTopology.build(config, tagger, listener), props, T0);
        articles = driver.createInputTopic(Topics.ARTICLES.name(), Serdes.String().serializer(), Serdes.ByteArray().serializer());
        enriched = driver.createOutputTopic(Topics.ENRICHED.name(), Serdes.String().deserializer(),
                Topics.ENRICHED.valueSerde().deserializer());
        unchanged = driver.createOutputTopic(Topics.UNCHANGED.name(), Serdes.String().deserializer(),
                Topics.UNCHANGED.valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(Topics.DLQ.name(), Serdes.String().deserializer(), Serdes.ByteArray().deserializer());
        claims = driver.createOutputTopic(TopicSetup.CLAIMS, Serdes.String().deserializer(), DedupEvent.SERDE.deserializer());
    }

    TopologyFixture(Path stateDir) {
        this(stateDir, EnrichConfig.defaults(), EntityTagger.disabled());
    }

    static Article article(String id, String text, Instant ingestedAt) {
        return new Article(id, id + ".txt", text.lines().findFirst().orElse(null), text, null, ingestedAt, "text/plain");
    }

    void feed(Article article) {
        articles.pipeInput(article.id(), JsonSerde.of(Article.class).toBytes(article), article.ingestedAt());
    }

    void feed(String id, String text, Instant ingestedAt) {
        feed(article(id, text, ingestedAt));
    }

    EnrichedArticle next() {
        return enriched.readValue();
    }

    /** The next records, by article id: the order of records for different articles is not fixed. */
    Map<String, EnrichedArticle> nextByArticle(int count) {
        Map<String, EnrichedArticle> byId = new java.util.HashMap<>();
        for (int i = 0; i < count; i++) {
            EnrichedArticle article = next();
            byId.put(article.id(), article);
        }
        return byId;
    }

    void advance(Duration streamTime) {
        // stream time moves with record timestamps; an unrelated record carries it forward
        feed("clock-" + streamTime.toMillis(), "Uhr " + streamTime.toMillis(), T0.plus(streamTime));
        enriched.readValue();
    }

    @Override
    public void close() {
        driver.close();
    }
}
