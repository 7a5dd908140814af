package dev.newsflow.enrich;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ProcessingContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a store bounded: on a stream-time schedule, deletes the entries last touched longer
 * ago than their retention. Stream time, not wall-clock time, so that a replay of old data
 * expires exactly what a live run would have.
 */
final class Expiry<V> {

    private static final Logger log = LoggerFactory.getLogger(Expiry.class);

    private final KeyValueStore<String, V> store;
    private final ToLongFunction<V> lastTouchedMs;
    private final Duration retention;

    private Expiry(KeyValueStore<String, V> store, ToLongFunction<V> lastTouchedMs, Duration retention) {
        this.store = store;
        this.lastTouchedMs = lastTouchedMs;
        this.retention = retention;
    }

    static <V> void schedule(ProcessingContext context, KeyValueStore<String, V> store,
                             ToLongFunction<V> lastTouchedMs, Duration retention, Duration every) {
        Expiry<V> expiry = new Expiry<>(store, lastTouchedMs, retention);
        context.schedule(every, PunctuationType.STREAM_TIME, expiry::sweep);
    }

    void sweep(long streamTimeMs) {
        long cutoff = streamTimeMs - retention.toMillis();
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, V> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, V> entry = all.next();
                if (lastTouchedMs.applyAsLong(entry.value) < cutoff) {
                    expired.add(entry.key);
                }
            }
        }
        expired.forEach(store::delete);
        if (!expired.isEmpty()) {
            log.debug("Expired {} entries of {} older than {}", expired.size(), store.name(), retention);
        }
    }
}
