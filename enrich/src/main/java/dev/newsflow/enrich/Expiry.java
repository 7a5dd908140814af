package dev.newsflow.enrich;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
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
    private final BiConsumer<String, V> onExpired;

    private Expiry(KeyValueStore<String, V> store, ToLongFunction<V> lastTouchedMs, Duration retention,
                   BiConsumer<String, V> onExpired) {
        this.store = store;
        this.lastTouchedMs = lastTouchedMs;
        this.retention = retention;
        this.onExpired = onExpired;
    }

    static <V> void schedule(ProcessingContext context, KeyValueStore<String, V> store,
                             ToLongFunction<V> lastTouchedMs, Duration retention, Duration every) {
        schedule(context, store, lastTouchedMs, retention, every, (key, value) -> { });
    }

    /** @param onExpired called for each expired entry before it is deleted, to remove what hangs on it */
    static <V> void schedule(ProcessingContext context, KeyValueStore<String, V> store, ToLongFunction<V> lastTouchedMs,
                             Duration retention, Duration every, BiConsumer<String, V> onExpired) {
        Expiry<V> expiry = new Expiry<>(store, lastTouchedMs, retention, onExpired);
        context.schedule(every, PunctuationType.STREAM_TIME, expiry::sweep);
    }

    void sweep(long streamTimeMs) {
        long cutoff = streamTimeMs - retention.toMillis();
        List<KeyValue<String, V>> expired = new ArrayList<>();
        try (KeyValueIterator<String, V> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, V> entry = all.next();
                if (lastTouchedMs.applyAsLong(entry.value) < cutoff) {
                    expired.add(entry);
                }
            }
        }
        for (KeyValue<String, V> entry : expired) {
            onExpired.accept(entry.key, entry.value);
            store.delete(entry.key);
        }
        if (!expired.isEmpty()) {
            log.debug("Expired {} entries of {} older than {}", expired.size(), store.name(), retention);
        }
    }
}
