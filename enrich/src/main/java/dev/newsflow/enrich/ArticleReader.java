package dev.newsflow.enrich;

import dev.newsflow.model.Article;
import dev.newsflow.model.DeadLetter;
import dev.newsflow.model.JsonSerde;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.ContextualFixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the raw input records. A record that is not a usable article is passed on unchanged,
 * marked unreadable, with the reason and its origin in {@link DeadLetter} headers, so that the
 * topology sends it to the dead-letter topic and keeps running.
 */
final class ArticleReader extends ContextualFixedKeyProcessor<String, byte[], ReadResult> {

    private static final Logger log = LoggerFactory.getLogger(ArticleReader.class);
    private static final JsonSerde<Article> ARTICLES = JsonSerde.of(Article.class);

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        String problem;
        try {
            Article article = ARTICLES.fromBytes(record.value());
            problem = problemWith(article, record.key());
            if (problem == null) {
                context().forward(record.withValue(ReadResult.read(withIngestedAt(article, record.timestamp()))));
                return;
            }
        } catch (SerializationException e) {
            problem = e.getMessage();
        }
        RecordMetadata origin = context().recordMetadata().orElseThrow();
        log.warn("Unreadable record {}-{}@{} (key {}) sent to the dead-letter topic: {}",
                origin.topic(), origin.partition(), origin.offset(), record.key(), problem);
        context().forward(record.withValue(ReadResult.unreadable(record.value()))
                .withHeaders(deadLetterHeaders(record.headers(), problem, origin)));
    }

    private static String problemWith(Article article, String key) {
        if (article == null) {
            return "empty record";
        }
        if (article.id() == null || article.id().isBlank()) {
            return "article has no id";
        }
        if (article.text() == null || article.text().isBlank()) {
            return "article " + article.id() + " has no text";
        }
        if (!article.id().equals(key)) {
            // per-article state lives on the partition of the key; a foreign key would split it
            return "record key " + key + " is not the article id " + article.id();
        }
        return null;
    }

    private static Article withIngestedAt(Article article, long recordTimestamp) {
        return article.ingestedAt() != null ? article
                : article.withIngestedAt(java.time.Instant.ofEpochMilli(recordTimestamp));
    }

    private static Headers deadLetterHeaders(Headers original, String reason, RecordMetadata origin) {
        Headers headers = new RecordHeaders(original.toArray());
        headers.add(DeadLetter.REASON, utf8(reason));
        headers.add(DeadLetter.TOPIC, utf8(origin.topic()));
        headers.add(DeadLetter.PARTITION, utf8(Integer.toString(origin.partition())));
        headers.add(DeadLetter.OFFSET, utf8(Long.toString(origin.offset())));
        return headers;
    }

    private static byte[] utf8(String s) {
        return String.valueOf(s).getBytes(StandardCharsets.UTF_8);
    }
}
