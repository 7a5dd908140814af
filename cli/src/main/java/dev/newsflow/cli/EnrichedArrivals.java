package dev.newsflow.cli;

import dev.newsflow.model.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Notes which article ids appear on newsflow.enriched from now on (committed records only), so
 * that 'run' knows when the topology has produced every article it fed in. No consumer group:
 * it reads from the current end of each partition and commits nothing.
 *
 * <p>Arrivals are numbered, so that a watch that feeds a changed file again can wait for the new
 * record of the article rather than take the old one for it: {@link #mark()} before feeding, then
 * ask what was seen since the mark.
 */
final class EnrichedArrivals implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, Long> seen = new ConcurrentHashMap<>();
    private final AtomicLong arrivals = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    EnrichedArrivals(Map<String, Object> client) {
        Map<String, Object> props = new HashMap<>(client);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.ENRICHED.name()).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fixes the start before anything new is produced
        thread = new Thread(this::poll, "enriched-arrivals");
        thread.setDaemon(true);
        thread.start();
    }

    private void poll() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    seen.put(record.key(), arrivals.incrementAndGet());
                }
            }
        } catch (WakeupException e) {
            // close() asked us to stop
        } finally {
            consumer.close();
        }
    }

    /** The number of the latest arrival; what arrives after this call has a higher one. */
    long mark() {
        return arrivals.get();
    }

    boolean hasSeenAll(Set<String> ids) {
        return hasSeenAll(ids, 0);
    }

    /** Whether every id has arrived after the mark. */
    boolean hasSeenAll(Set<String> ids, long mark) {
        return countSeen(ids, mark) == ids.size();
    }

    int countSeen(Set<String> ids, long mark) {
        return (int) ids.stream().filter(id -> seen.getOrDefault(id, 0L) > mark).count();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join();
    }
}
