package dev.newsflow.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;

/**
 * One counter per value of a label (a match kind, an entity type), for counting what an article
 * holds: the article's items are tallied in a plain array first and each counter is incremented
 * once per article, not once per item. The known values are registered at once, so that they read
 * 0 rather than being absent until the first one comes; a value not known (a kind added later) gets
 * its counter when it first comes.
 */
final class CountersByLabel {

    private final MeterRegistry registry;
    private final String name;
    private final String description;
    private final String label;
    private final List<String> known;
    private final Counter[] counters;

    CountersByLabel(MeterRegistry registry, String name, String description, String label, List<String> known) {
        this.registry = registry;
        this.name = name;
        this.description = description;
        this.label = label;
        this.known = List.copyOf(known);
        counters = this.known.stream().map(this::counter).toArray(Counter[]::new);
    }

    /** A tally to count one article's items in. */
    int[] tally() {
        return new int[counters.length];
    }

    /** Counts one item with this value in the tally (an unknown value goes to its counter at once). */
    void count(int[] tally, String value) {
        for (int i = 0; i < counters.length; i++) {
            if (known.get(i).equals(value)) {
                tally[i]++;
                return;
            }
        }
        counter(value == null ? "none" : value).increment();
    }

    /** Adds the tally to the counters. */
    void add(int[] tally) {
        for (int i = 0; i < counters.length; i++) {
            if (tally[i] > 0) {
                counters[i].increment(tally[i]);
            }
        }
    }

    private Counter counter(String value) {
        return Counter.builder(name).description(description).tag(label, value).register(registry);
    }
}
