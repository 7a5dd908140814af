package dev.newsflow.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.newsflow.model.Change;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Json;
import dev.newsflow.model.Topics;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * A record of newsflow.enriched as a frame of the watch page's event stream:
 * {@code event: article} with {@code {"id", "time", "change", "article"}} (the record time, the
 * {@code newsflow.change} header, the value), or {@code event: remove} with {@code {"id"}} for a
 * tombstone. The value is read and written again rather than passed on, so that the page only
 * ever gets an enriched article, on one line.
 */
record PageEvent(String id, long time, boolean removal, String frame) {

    /** What the page gets first on every connection: forget what you show, the latest follow. */
    static final String RESET = "event: reset\ndata: {}\n\n";

    private static final Deserializer<EnrichedArticle> ARTICLES = Topics.ENRICHED.valueSerde().deserializer();

    /** The record's frame; throws SerializationException where it is no enriched article. */
    static PageEvent of(ConsumerRecord<String, byte[]> record) {
        EnrichedArticle article = record.value() == null ? null : ARTICLES.deserialize(record.topic(), record.value());
        if (article == null) {
            return new PageEvent(record.key(), record.timestamp(), true, frame("remove", Map.of("id", record.key())));
        }
        Change change = Change.of(record.headers());
        ArticleFrame data = new ArticleFrame(record.key(), Instant.ofEpochMilli(record.timestamp()),
                change.value(), article);
        return new PageEvent(record.key(), record.timestamp(), false, frame("article", data));
    }

    private record ArticleFrame(String id, Instant time, String change, EnrichedArticle article) {}

    private static String frame(String event, Object data) {
        try {
            // Jackson writes no raw line breaks (they are escaped in strings), so one data line holds it all
            return "event: " + event + "\ndata: " + Json.MAPPER.writeValueAsString(data) + "\n\n";
        } catch (JsonProcessingException e) {
            throw new SerializationException("cannot write the page event of " + data, e);
        }
    }
}
