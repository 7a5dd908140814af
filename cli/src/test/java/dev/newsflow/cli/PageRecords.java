package dev.newsflow.cli;

import dev.newsflow.broker.SharedBroker;
import dev.newsflow.model.Change;
import dev.newsflow.model.Duplicate;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Entity;
import dev.newsflow.model.Json;
import dev.newsflow.model.Mention;
import dev.newsflow.model.Paragraph;
import dev.newsflow.model.ParagraphRef;
import dev.newsflow.model.TopicSetup;
import dev.newsflow.model.Topics;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Enriched records for the watch page's tests, put on newsflow.enriched of the shared broker as enrich would. */
final class PageRecords {

    private PageRecords() {}

    /**
     * An article of two paragraphs: the first names the entity (its name is the whole mention),
     * the second is a copy of another article's first paragraph, dropped.
     */
    static EnrichedArticle article(String id, String title, Instant time, String entity, String name, String type,
                                   String copyOf) {
        return article(id, title, time, new Entity(entity, name, type, 1), copyOf);
    }

    /** The same, naming an entity that may have a point. */
    static EnrichedArticle article(String id, String title, Instant time, Entity entity, String copyOf) {
        String name = entity.name();
        String text = name + " meldet heute Neues.";
        Paragraph kept = new Paragraph(0, text, "f-" + id,
                List.of(new Mention(name, 0, name.length(), entity.type(), entity.id(), false)), "body");
        Duplicate dropped = new Duplicate(1, "f-" + copyOf, Duplicate.EXACT, null, new ParagraphRef(copyOf, 0), "body");
        return new EnrichedArticle(EnrichedArticle.SCHEMA, id, id + ".txt", title, null, time, List.of(kept),
                List.of(dropped), List.of(entity));
    }

    static void publish(EnrichedArticle article, Change change) throws Exception {
        publish(article.id(), Json.MAPPER.writeValueAsBytes(article), article.ingestedAt(), change);
    }

    /** A tombstone: the article taken down. */
    static void takeDown(String id) throws Exception {
        publish(id, null, Instant.now(), null);
    }

    private static void publish(String key, byte[] value, Instant time, Change change) throws Exception {
        TopicSetup.ensure(SharedBroker.client(), TopicSetup.DEFAULT_PARTITIONS);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(SharedBroker.client(), new StringSerializer(),
                new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.ENRICHED.name(), null, time.toEpochMilli(),
                    key, value);
            if (change != null) {
                record.headers().add(Change.HEADER, change.headerValue());
            }
            producer.send(record).get();
        }
    }
}
