package dev.newsflow.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsflow.broker.EmbeddedBroker;
import dev.newsflow.enrich.DedupEvent.Claim;
import dev.newsflow.enrich.DedupEvent.Claims;
import dev.newsflow.model.TopicSetup;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The claims topic read back as the deciding stage restores its batches from it, on a real broker:
 * from the beginning up to the offset it is given (the first record the stage is about to decide),
 * committed batches only, in order; a transaction that was aborted (a stage that crashed before it
 * committed) gives nothing back.
 */
class ClaimsLogTest {

    private static final Instant T0 = Instant.parse("2026-12-05T08:00:00Z");

    @TempDir
    Path dir;

    @Test
    void shouldGiveBackTheCommittedBatchesBeforeTheEndInOrder() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(dir, 0, Map.of())) {
            Map<String, Object> client = Map.of("bootstrap.servers", broker.bootstrapServers());
            TopicSetup.ensure(client, 1);
            long end;
            try (KafkaProducer<String, DedupEvent> producer = new KafkaProducer<>(Map.of(
                    "bootstrap.servers", broker.bootstrapServers(), "transactional.id", "claims-log-test"),
                    new StringSerializer(), DedupEvent.SERDE.serializer())) {
                producer.initTransactions();
                committed(producer, "a", "b");
                producer.beginTransaction();
                send(producer, "crashed"); // a stage that died before it committed
                producer.flush();
                producer.abortTransaction();
                committed(producer, "c");
                end = committed(producer, "d").offset(); // the first batch the stage has not decided
                committed(producer, "e");
            }
            List<String> read = new ArrayList<>();
            ClaimsLog log = ClaimsLog.of(Map.of(StreamsConfig.APPLICATION_ID_CONFIG, "claims-log-test",
                    StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2), "claims-log-test-restore");

            log.read(0, end, (articleId, event) -> read.add(articleId + ":" + ((Claims) event).articleId()));

            assertEquals(List.of("a:a", "b:b", "c:c"), read);
        }
    }

    /** The batches of the given articles in one committed transaction; the last one's metadata. */
    private static RecordMetadata committed(KafkaProducer<String, DedupEvent> producer, String... articleIds)
            throws Exception {
        producer.beginTransaction();
        RecordMetadata last = null;
        for (String articleId : articleIds) {
            last = send(producer, articleId);
        }
        producer.commitTransaction();
        return last;
    }

    private static RecordMetadata send(KafkaProducer<String, DedupEvent> producer, String articleId) throws Exception {
        Claims batch = new Claims(articleId, 1, T0, 0, List.of(new Claim(0, Fingerprinter.fingerprint("Absatz von " + articleId))),
                List.of(), List.of(), 1, 1, null, List.of(), List.of());
        return producer.send(new ProducerRecord<>(TopicSetup.CLAIMS, 0, articleId, batch)).get();
    }
}
