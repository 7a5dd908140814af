package dev.newsflow.enrich;

import dev.newsflow.model.TopicSetup;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsException;

/**
 * The claims topic as the log of the deciding stage's stored batches: the batches store holds each
 * article's latest batch of a partition as it came in on {@link TopicSetup#CLAIMS}, so the topic,
 * read from its beginning up to where the stage has read, gives the store back. This is what Kafka
 * Streams does for a table read from a topic (the source topic as the changelog), which it offers
 * for tables only: the deciding stage needs each article's batch before the new one.
 *
 * <p>The end is the offset of the first record the stage processes after it started, which is where
 * its group committed: a restore never reads what the stage has not, and needs no committed offset
 * from a coordinator that may not answer during a broker's restart.
 */
interface ClaimsLog {

    /** A Streams configuration key whose value, a {@link ClaimsLog}, replaces the topic (tests without a broker). */
    String CONFIG = "newsflow.claims.log";

    /** Each event of the partition from its beginning to {@code end} (exclusive), in order, as committed. */
    void read(int partition, long end, BiConsumer<String, DedupEvent> each);

    /** The log the stage's configuration names, else the claims topic on the stage's cluster. */
    static ClaimsLog of(Map<String, Object> appConfigs, String clientId) {
        Object given = appConfigs.get(CONFIG);
        return given instanceof ClaimsLog log ? log : new OnTopic(appConfigs, clientId);
    }

    /** The claims topic, read as Kafka Streams' restore consumer reads a changelog (committed records only). */
    final class OnTopic implements ClaimsLog {

        private static final Duration POLL = Duration.ofMillis(500);
        /** How long the topic may give nothing before a restore that has not reached its end fails. */
        private static final Duration STALLED = Duration.ofMinutes(2);

        private final Map<String, Object> appConfigs;
        private final String clientId;

        OnTopic(Map<String, Object> appConfigs, String clientId) {
            this.appConfigs = appConfigs;
            this.clientId = clientId;
        }

        @Override
        public void read(int partition, long end, BiConsumer<String, DedupEvent> each) {
            TopicPartition from = new TopicPartition(TopicSetup.CLAIMS, partition);
            Map<String, Object> consumerConfigs = new StreamsConfig(appConfigs).getRestoreConsumerConfigs(clientId);
            try (KafkaConsumer<String, DedupEvent> consumer = new KafkaConsumer<>(consumerConfigs, new StringDeserializer(),
                    DedupEvent.SERDE.deserializer())) {
                consumer.assign(List.of(from));
                consumer.seekToBeginning(List.of(from));
                long stalledSince = System.nanoTime();
                while (consumer.position(from) < end) {
                    boolean any = false;
                    for (ConsumerRecord<String, DedupEvent> record : consumer.poll(POLL)) {
                        any = true;
                        if (record.offset() >= end) {
                            return;
                        }
                        each.accept(record.key(), record.value());
                    }
                    if (any) {
                        stalledSince = System.nanoTime();
                    } else if (System.nanoTime() - stalledSince > STALLED.toNanos()) {
                        throw new StreamsException("Restoring the stored batches from " + from + ": no record for "
                                + STALLED.toMinutes() + " minutes at offset " + consumer.position(from) + " of " + end);
                    }
                }
            }
        }
    }
}
