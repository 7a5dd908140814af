package dev.newsflow.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.model.Article;
import dev.newsflow.model.Topics;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class ArticlePublisherTest {

    private static final Article ARTICLE = new Article("8ed177999c05afc1", "001_7b908f9f754766f3.txt", "Titel",
            "Titel\nText", null, Instant.parse("2026-11-22T01:00:00.123Z"), "text/plain");

    @Test
    void shouldSendArticleKeyedByIdWithIngestTimeAsRecordTime() {
        MockProducer<String, byte[]> producer = producer(true);
        try (ArticlePublisher publisher = new ArticlePublisher(producer)) {
            CompletableFuture<RecordMetadata> sent = publisher.publish(ARTICLE);

            assertTrue(sent.isDone() && !sent.isCompletedExceptionally());
        }

        ProducerRecord<String, byte[]> record = producer.history().get(0);
        assertEquals("newsflow.articles", record.topic());
        assertEquals("8ed177999c05afc1", record.key());
        assertEquals(Instant.parse("2026-11-22T01:00:00.123Z").toEpochMilli(), record.timestamp());
        assertEquals(ARTICLE, Topics.ARTICLES.valueSerde().deserializer().deserialize(record.topic(), record.value()));
        assertTrue(producer.closed());
    }

    @Test
    void shouldRecordFailedSendAsRejectionNamingTheSource() {
        MockProducer<String, byte[]> producer = producer(false);
        ArticlePublisher publisher = new ArticlePublisher(producer);

        CompletableFuture<RecordMetadata> sent = publisher.publish(ARTICLE);
        producer.errorNext(new RecordTooLargeException("The message is 9000000 bytes when serialized"));

        assertTrue(sent.isCompletedExceptionally());
        int json = Topics.ARTICLES.valueSerde().serializer().serialize("newsflow.articles", ARTICLE).length;
        assertEquals(List.of(new Rejection("001_7b908f9f754766f3.txt", "too large for Kafka: the article is " + json
                        + " bytes as JSON, more than the producer's max.request.size or, compressed, the broker's "
                        + "max.message.bytes of newsflow.articles allows; raise the limit or split the article "
                        + "(Kafka: The message is 9000000 bytes when serialized)")),
                publisher.failures());
    }

    @Test
    void shouldRecordSendThatThrowsAsRejection() {
        MockProducer<String, byte[]> producer = producer(true);
        producer.sendException = new KafkaException("producer is closed");
        ArticlePublisher publisher = new ArticlePublisher(producer);

        CompletableFuture<RecordMetadata> sent = publisher.publish(ARTICLE);

        assertTrue(sent.isCompletedExceptionally());
        assertEquals(List.of(new Rejection("001_7b908f9f754766f3.txt", "producer is closed")), publisher.failures());
    }

    @Test
    void shouldWaitForPendingSendsOnFlush() {
        MockProducer<String, byte[]> producer = producer(false);
        ArticlePublisher publisher = new ArticlePublisher(producer);
        CompletableFuture<RecordMetadata> sent = publisher.publish(ARTICLE);

        publisher.flush();

        assertTrue(sent.isDone() && !sent.isCompletedExceptionally());
        assertEquals(List.of(), publisher.failures());
    }

    @Test
    void shouldConfigureAnIdempotentCompressingProducerAndPassClientPropertiesThrough() {
        Map<String, Object> config = ArticlePublisher.producerConfig(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9092",
                "security.protocol", "SASL_SSL",
                ProducerConfig.LINGER_MS_CONFIG, 20));

        assertEquals("broker:9092", config.get(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG));
        assertEquals("SASL_SSL", config.get("security.protocol"));
        assertEquals("true", config.get(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG));
        assertEquals("all", config.get(ProducerConfig.ACKS_CONFIG));
        assertEquals("lz4", config.get(ProducerConfig.COMPRESSION_TYPE_CONFIG));
        assertEquals(20, config.get(ProducerConfig.LINGER_MS_CONFIG));
        assertEquals(8 * 1024 * 1024, config.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG));
    }

    @Test
    void shouldNotLetClientPropertiesWeakenDeliveryGuarantees() {
        Map<String, Object> config = ArticlePublisher.producerConfig(Map.of(
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false,
                ProducerConfig.ACKS_CONFIG, "1"));

        assertEquals("true", config.get(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG));
        assertEquals("all", config.get(ProducerConfig.ACKS_CONFIG));
    }

    @Test
    void shouldBuildAKafkaProducerFromTheConfiguration() {
        // a producer connects lazily, so building one needs no broker
        try (ArticlePublisher publisher = new ArticlePublisher(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9"))) {
            assertEquals(List.of(), publisher.failures());
        }
    }

    private static MockProducer<String, byte[]> producer(boolean autoComplete) {
        return new MockProducer<>(autoComplete, null, new StringSerializer(), new ByteArraySerializer());
    }
}
