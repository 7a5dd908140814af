package dev.newsflow.enrich;

import dev.newsflow.enrich.near.Shingles;
import java.lang.ref.WeakReference;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * One object per distinct word set in the process, shared by the claim indexes of all its tasks.
 * A long paragraph claims 8 bands, which fall on most partitions of the deciding stage, and each
 * partition's index holds the paragraph's word set to verify candidates: shared, a word set is
 * held once per process instead of once per partition. Held weakly: a word set no index holds any
 * more is forgotten here too. Content-equal word sets are interchangeable, so sharing changes no
 * decision.
 */
final class WordSets {

    private static final Map<Shingles, WeakReference<Shingles>> SHARED = Collections.synchronizedMap(new WeakHashMap<>());

    private WordSets() {
    }

    /** The process's one instance of a word set equal to this one (this one, if it is the first). */
    static Shingles shared(Shingles words) {
        words.names(); // decoded now: a stored word set decodes its names lazily from the record it came in, and would hold on to it
        WeakReference<Shingles> held = SHARED.get(words);
        Shingles shared = held == null ? null : held.get();
        if (shared != null) {
            return shared;
        }
        SHARED.put(words, new WeakReference<>(words));
        return words;
    }
}
