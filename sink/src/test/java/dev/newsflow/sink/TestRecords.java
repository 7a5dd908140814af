package dev.newsflow.sink;

import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.JsonSerde;
import dev.newsflow.model.Paragraph;
import dev.newsflow.model.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;

/** Records, articles and file listings for the sink's tests. */
final class TestRecords {

    static final String TOPIC = Topics.ENRICHED.name();
    static final Instant T0 = Instant.parse("2026-11-22T01:00:00Z");

    private static final JsonSerde<EnrichedArticle> ARTICLES = JsonSerde.of(EnrichedArticle.class);

    private TestRecords() {}

    static EnrichedArticle article(String id) {
        return new EnrichedArticle(EnrichedArticle.SCHEMA, id, id + ".txt", "Titel " + id, null, T0,
                List.of(new Paragraph(0, "Ein Absatz über " + id + ".", "f-" + id, List.of(), "body")),
                List.of(), List.of());
    }

    static byte[] articleJson(String id) {
        return ARTICLES.toBytes(article(id));
    }

    static ConsumerRecord<String, byte[]> record(int partition, long offset, Instant timestamp, byte[] value) {
        return new ConsumerRecord<>(TOPIC, partition, offset, timestamp.toEpochMilli(), TimestampType.CREATE_TIME,
                -1, value == null ? -1 : value.length, "key-" + offset, value, new RecordHeaders(), Optional.empty());
    }

    static ConsumerRecord<String, byte[]> record(int partition, long offset, Instant timestamp, String value) {
        return record(partition, offset, timestamp, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Every file under {@code out}, hidden ones too, as sorted paths relative to it with '/' separators. */
    static List<String> filesUnder(Path out) {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(out)) {
            return paths.filter(Files::isRegularFile)
                    .map(path -> out.relativize(path).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> linesOf(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of the articles in every file under {@code out}, in file and line order. */
    static List<String> idsUnder(Path out) {
        return filesUnder(out).stream()
                .flatMap(file -> linesOf(out.resolve(file)).stream())
                .map(line -> ARTICLES.fromBytes(line.getBytes(StandardCharsets.UTF_8)).id())
                .toList();
    }

    static String name(int partition, long start, long end) {
        return new SinkFileName(partition, start, end).format();
    }
}
