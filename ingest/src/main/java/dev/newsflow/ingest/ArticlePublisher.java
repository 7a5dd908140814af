package dev.newsflow.ingest;

import dev.newsflow.model.Article;
import dev.newsflow.model.Topics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes articles to {@code newsflow.articles}, keyed by article id, with the ingest time as
 * record time. Sends are asynchronous; a failed send is recorded as a {@link Rejection} naming
 * the article's source. {@link #flush()} and {@link #close()} wait for every send.
 */
public final class ArticlePublisher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ArticlePublisher.class);

    /**
     * 8 MiB, because a file up to the 4 MiB read limit must fit in one record, and the default
     * (1 MiB) would refuse it. JSON escaping and the other fields add to the text, but for real
     * text (escapes for line ends, quotes and backslashes only) the record stays below twice the
     * file's size. A record that is still too large fails on its own and is reported. The broker
     * checks the compressed batch against the topic's {@code max.message.bytes}, which must be
     * raised to match.
     */
    public static final int MAX_REQUEST_BYTES = 8 * 1024 * 1024;

    private static final String TOPIC = Topics.ARTICLES.name();
    private static final Serializer<Article> VALUES = Topics.ARTICLES.valueSerde().serializer();

    /** What the pipeline's guarantees rest on: no lost or doubled article on a retry. */
    private static final Map<String, Object> REQUIRED = Map.of(
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
            ProducerConfig.ACKS_CONFIG, "all");

    private final Producer<String, byte[]> producer;
    private final List<Rejection> failures = new ArrayList<>();

    /**
     * @param clientProperties bootstrap servers and any other client settings (TLS, SASL, tuning),
     *     passed through; only idempotence and {@code acks=all} cannot be changed
     */
    public ArticlePublisher(Map<String, Object> clientProperties) {
        this(producer(clientProperties));
    }

    /**
     * Publishes through a producer configured elsewhere.
     *
     * @param producer made by {@link #producer}, or a fake in tests (a MockProducer); the publisher owns and closes it
     */
    public ArticlePublisher(Producer<String, byte[]> producer) {
        this.producer = producer;
    }

    /**
     * The producer the publisher needs, for a caller that wants it before the publisher has it (to
     * bind its metrics); idempotence and {@code acks=all} are the publisher's.
     */
    public static Producer<String, byte[]> producer(Map<String, Object> clientProperties) {
        return new KafkaProducer<>(producerConfig(clientProperties), new StringSerializer(), new ByteArraySerializer());
    }

    static Map<String, Object> producerConfig(Map<String, Object> clientProperties) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-ingest");
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_REQUEST_BYTES);
        config.putAll(clientProperties);
        REQUIRED.forEach((key, value) -> {
            Object given = config.put(key, value);
            if (given != null && !isSame(key, given, value)) {
                log.warn("Ignoring producer setting {}={}: ingest needs {}={}", key, given, key, value);
            }
        });
        return config;
    }

    private static boolean isSame(String key, Object given, Object required) {
        String value = String.valueOf(given).strip();
        return value.equalsIgnoreCase(String.valueOf(required))
                || (ProducerConfig.ACKS_CONFIG.equals(key) && "-1".equals(value));
    }

    /**
     * Sends one article. The future completes when the broker has it, or exceptionally when it
     * could not be sent; either way a failure is also recorded in {@link #failures()}.
     */
    public CompletableFuture<RecordMetadata> publish(Article article) {
        CompletableFuture<RecordMetadata> result = new CompletableFuture<>();
        try {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(TOPIC, null,
                    article.ingestedAt().toEpochMilli(), article.id(), VALUES.serialize(TOPIC, article));
            producer.send(record, (metadata, e) -> {
                if (e == null) {
                    result.complete(metadata);
                } else {
                    fail(article, e, result);
                }
            });
        } catch (InterruptException e) {
            // the run is being stopped, not this article refused
            throw e;
        } catch (KafkaException | IllegalStateException e) {
            fail(article, e, result);
        }
        return result;
    }

    private void fail(Article article, Exception e, CompletableFuture<RecordMetadata> result) {
        if (!result.completeExceptionally(e)) {
            return;
        }
        log.debug("Could not publish article {} from {}", article.id(), article.source(), e);
        synchronized (failures) {
            failures.add(rejectionOf(article, e));
        }
    }

    static Rejection rejectionOf(Article article, Throwable e) {
        String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        if (e instanceof RecordTooLargeException || e instanceof RecordBatchTooLargeException) {
            // Kafka's own words name a setting but not the way out
            int bytes = VALUES.serialize(TOPIC, article).length;
            return new Rejection(article.source(), "too large for Kafka: the article is " + bytes
                    + " bytes as JSON, more than the producer's max.request.size or, compressed, the broker's "
                    + "max.message.bytes of " + TOPIC + " allows; raise the limit or split the article (Kafka: "
                    + message.strip() + ")");
        }
        return new Rejection(article.source(), message);
    }

    /** The sends that failed so far, in the order they failed. */
    public List<Rejection> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    /** Waits until every article sent so far is acknowledged or has failed. */
    public void flush() {
        producer.flush();
    }

    /** Waits for every send, then releases the producer. */
    @Override
    public void close() {
        producer.close();
    }
}
