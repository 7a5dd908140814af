package dev.newsflow.cli;

import dev.newsflow.model.Change;
import dev.newsflow.model.Topics;
import dev.newsflow.model.UnchangedArticle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Notes which article ids enrich processes from now on (committed records only), so that 'run'
 * knows when the topology has processed every article it fed in, and what it made of each: a
 * record on newsflow.enriched (new or revised, as its header says), or, where the record came out
 * as the last one published, a notice on newsflow.unchanged. No consumer group: it reads from the
 * current end of each partition and commits nothing.
 *
 * <p>Arrivals are numbered, so that a watch that feeds a changed file again can wait for the new
 * record of the article rather than take the old one for it: {@link #mark()} before feeding, then
 * ask what was seen since the mark.
 */
final class EnrichedArrivals implements AutoCloseable {

    /** One record about an article: its number, what it says, and the article's source where a notice names it. */
    private record Arrival(long number, Change change, String source) {}

    private final KafkaConsumer<String, byte[]> consumer;
    // each id's arrivals in order; a list is replaced, never changed, so readers on other threads see it whole
    private final Map<String, List<Arrival>> seen = new ConcurrentHashMap<>();
    private final AtomicLong arrivals = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    EnrichedArrivals(Map<String, Object> client) {
        Map<String, Object> props = new HashMap<>(client);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = Stream.of(Topics.ENRICHED.name(), Topics.UNCHANGED.name())
                .flatMap(topic -> consumer.partitionsFor(topic).stream())
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
                    Arrival arrival = record.topic().equals(Topics.UNCHANGED.name())
                            ? new Arrival(arrivals.incrementAndGet(), Change.UNCHANGED, sourceOf(record))
                            : new Arrival(arrivals.incrementAndGet(), Change.of(record.headers()), null);
                    seen.compute(record.key(), (id, earlier) -> {
                        List<Arrival> all = earlier == null ? new ArrayList<>() : new ArrayList<>(earlier);
                        all.add(arrival);
                        return List.copyOf(all);
                    });
                }
            }
        } catch (WakeupException e) {
            // close() asked us to stop
        } finally {
            consumer.close();
        }
    }

    private static String sourceOf(ConsumerRecord<String, byte[]> notice) {
        try {
            UnchangedArticle unchanged = Topics.UNCHANGED.valueSerde().deserializer().deserialize(notice.topic(), notice.value());
            return unchanged == null ? notice.key() : unchanged.source();
        } catch (SerializationException e) {
            return notice.key();
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
        return (int) ids.stream().filter(id -> change(id, mark) != null).count();
    }

    /**
     * What became of the article after the mark, null where nothing arrived: new or revised where a
     * record of it was published (new wins: an article first published, then revised by a later
     * one, is new to this run), else unchanged.
     */
    Change change(String id, long mark) {
        return since(id, mark).map(Arrival::change).min(Enum::compareTo).orElse(null);
    }

    /** Those of the ids that had a record published after the mark (not only a notice that they were unchanged). */
    Set<String> published(Set<String> ids, long mark) {
        return ids.stream().filter(id -> since(id, mark).anyMatch(a -> a.change() != Change.UNCHANGED))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /** The source of an article that arrived unchanged after the mark, as its notice names it. */
    String unchangedSource(String id, long mark) {
        return since(id, mark).filter(a -> a.change() == Change.UNCHANGED).map(Arrival::source).findFirst().orElse(id);
    }

    /**
     * Forgets the arrivals up to the mark, which no one asks about once later articles are fed: a
     * watch that runs for months holds the arrivals of one round, not of every article enriched.
     */
    void forgetUpTo(long mark) {
        for (String id : seen.keySet()) {
            seen.computeIfPresent(id, (key, all) -> {
                List<Arrival> later = all.stream().filter(a -> a.number() > mark).toList();
                return later.isEmpty() ? null : later;
            });
        }
    }

    /** How many articles have arrivals held. */
    int held() {
        return seen.size();
    }

    private Stream<Arrival> since(String id, long mark) {
        return seen.getOrDefault(id, List.of()).stream().filter(a -> a.number() > mark);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join();
    }
}
