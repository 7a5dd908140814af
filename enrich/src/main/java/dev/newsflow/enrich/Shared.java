package dev.newsflow.enrich;

import dev.newsflow.enrich.near.Shingles;
import java.lang.ref.WeakReference;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * One object per distinct value in the process, shared by the claim indexes of all its tasks:
 * word sets and fingerprints. A long paragraph claims 8 bands, which fall on most partitions of
 * the deciding stage, and each partition's index holds the paragraph's fingerprint and word set:
 * shared, each is held once per process instead of once per partition (measured: about half the
 * index's memory). Held weakly: a value no index holds any more is forgotten here too. Equal
 * values are interchangeable, so sharing changes no decision.
 */
final class Shared<T> {

    static final Shared<Shingles> WORD_SETS = new Shared<>();
    static final Shared<String> FINGERPRINTS = new Shared<>();

    private final Map<T, WeakReference<T>> values = Collections.synchronizedMap(new WeakHashMap<>());

    private Shared() {
    }

    /** The process's one instance of a value equal to this one (this one, if it is the first). */
    T of(T value) {
        WeakReference<T> held = values.get(value);
        T shared = held == null ? null : held.get();
        if (shared != null) {
            return shared;
        }
        values.put(value, new WeakReference<>(value));
        return value;
    }

    /**
     * A stored word set decodes its names lazily from the record it came in, and would hold on to
     * the whole record while indexed: decoded now, then shared.
     */
    static Shingles wordSet(Shingles words) {
        words.names();
        return WORD_SETS.of(words);
    }
}
