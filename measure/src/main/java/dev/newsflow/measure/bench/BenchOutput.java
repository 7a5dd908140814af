package dev.newsflow.measure.bench;

import dev.newsflow.model.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Sees records arrive on {@code newsflow.enriched} as a reader of committed records would, and
 * notes for each article id when it first arrived and how long after its ingestion (the record
 * time, which is {@code ingestedAt}). Reads from the beginning of a fresh topic, in no group;
 * values are not parsed, so that watching costs the stage under test little.
 */
public final class BenchOutput implements AutoCloseable {

    /** The first arrival of one article. */
    record Arrival(long atMs, long ingestedAtMs) {

        long latencyMs() {
            return atMs - ingestedAtMs;
        }
    }

    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, Arrival> first = new ConcurrentHashMap<>();
    private final AtomicLong records = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    BenchOutput(Map<String, Object> client) {
        Map<String, Object> props = new HashMap<>(client);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.ENRICHED.name()).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        thread = new Thread(this::poll, "bench-output");
        thread.setDaemon(true);
        thread.start();
    }

    private void poll() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    long now = System.currentTimeMillis();
                    records.incrementAndGet();
                    first.putIfAbsent(record.key(), new Arrival(now, record.timestamp()));
                }
            }
        } catch (WakeupException e) {
            // close() asked us to stop
        } finally {
            consumer.close();
        }
    }

    /** Distinct article ids seen so far. */
    int distinct() {
        return first.size();
    }

    /** Every record seen, revisions of an article included. */
    long records() {
        return records.get();
    }

    int countSeen(Collection<String> ids) {
        return (int) ids.stream().filter(first::containsKey).count();
    }

    /** The first arrivals of the given ids, of those that arrived. */
    List<Arrival> arrivals(Collection<String> ids) {
        List<Arrival> arrivals = new ArrayList<>(ids.size());
        for (String id : ids) {
            Arrival arrival = first.get(id);
            if (arrival != null) {
                arrivals.add(arrival);
            }
        }
        return arrivals;
    }

    /** Every first arrival so far. */
    List<Arrival> arrivals() {
        return new ArrayList<>(first.values());
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join();
    }
}
