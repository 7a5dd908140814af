package dev.newsflow.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.model.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T01:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void shouldPublishEveryArticleReportEveryRejectionAndSummariseTheRun() throws IOException {
        write("in/a.txt", "Erster\nText\n");
        write("in/b.txt", "");
        write("in/c.jsonl", "{\"text\": \"Eins\"}\n{\"text\": 2}\n{\"text\": \"Drei\"}\n");
        write("in/d.md", "# keine Nachricht\n");
        MockProducer<String, byte[]> producer = new MockProducer<>(false, null, new StringSerializer(), new ByteArraySerializer());

        Recorder recorded = new Recorder(dir);
        IngestSummary summary;
        try (ArticlePublisher publisher = new ArticlePublisher(producer)) {
            summary = new Ingest(new ArticleReader(CLOCK), publisher)
                    .run(List.of(dir.resolve("in").toString(), "-"), stdin("{\"text\": \"S\"}\n"), recorded);
        }

        List<String> ids = List.of(ArticleIds.fromSource("a.txt"), ArticleIds.fromSource("c.jsonl#1"),
                ArticleIds.fromSource("c.jsonl#3"), ArticleIds.fromSource("stdin#1"));
        List<Rejection> rejections = List.of(new Rejection("in/b.txt", "file is empty"),
                new Rejection("in/c.jsonl:2", "field 'text' must be a string, found number"));
        List<Rejection> absolute = rejections.stream()
                .map(r -> new Rejection(dir.resolve(r.input()).toString(), r.reason())).toList();
        assertEquals(new IngestSummary(4, 4, 2, 1, 12 + 0 + 46 + 14, ids, absolute), summary);
        assertEquals(ids, producer.history().stream().map(ProducerRecord::key).toList());
        assertEquals(ids, recorded.articles.stream().map(Article::id).toList());
        assertEquals(rejections, recorded.rejections);
    }

    @Test
    void shouldReportAnArticleTheBrokerRefusedAsRejectedNotPublished() throws IOException {
        write("in/1.txt", "Eins\n");
        write("in/2.txt", "Zwei\n");
        write("in/3.txt", "Drei\n");
        RefusingProducer producer = new RefusingProducer(ArticleIds.fromSource("2.txt"));

        Recorder recorded = new Recorder(dir);
        IngestSummary summary;
        try (ArticlePublisher publisher = new ArticlePublisher(producer)) {
            summary = new Ingest(new ArticleReader(CLOCK), publisher)
                    .run(List.of(dir.resolve("in").toString()), stdin(""), recorded);
        }

        assertEquals(List.of(ArticleIds.fromSource("1.txt"), ArticleIds.fromSource("3.txt")), summary.publishedIds());
        assertEquals(2, summary.published());
        assertEquals(1, summary.rejected());
        assertEquals(summary.rejections(), recorded.rejections);
        Rejection refused = recorded.rejections.get(0);
        assertEquals("2.txt", refused.input());
        assertTrue(refused.reason().startsWith("too large for Kafka: the article is "), refused.reason());
        assertTrue(refused.reason().endsWith("(Kafka: too large for the broker)"), refused.reason());
        assertEquals(List.of("1.txt", "3.txt"), recorded.sources());
    }

    private void write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static ByteArrayInputStream stdin(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }

    /** A producer whose broker refuses one key and acknowledges the rest. */
    private static final class RefusingProducer extends MockProducer<String, byte[]> {

        private final String refusedKey;

        RefusingProducer(String refusedKey) {
            super(true, null, new StringSerializer(), new ByteArraySerializer());
            this.refusedKey = refusedKey;
        }

        @Override
        public synchronized Future<RecordMetadata> send(ProducerRecord<String, byte[]> record, Callback callback) {
            if (!refusedKey.equals(record.key())) {
                return super.send(record, callback);
            }
            RecordTooLargeException refused = new RecordTooLargeException("too large for the broker");
            callback.onCompletion(null, refused);
            return CompletableFuture.failedFuture(refused);
        }
    }
}
