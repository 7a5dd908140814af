package dev.newsflow.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The latest record of each article the watch page shows to a browser that connects, as ready
 * event-stream frames: at most {@code capacity} articles, the newest by record time (the
 * article's first ingestion, which a revision keeps), so that the page holds a bounded window of
 * the topic however long it runs. Not thread-safe: the page calls it under its lock.
 */
final class RecentArticles {

    private record Entry(String id, long time, long arrival, String frame) {}

    private static final Comparator<Entry> OLDEST_FIRST =
            Comparator.comparingLong(Entry::time).thenComparingLong(Entry::arrival);

    private final int capacity;
    private final Map<String, Entry> byId = new HashMap<>();
    private final TreeSet<Entry> byTime = new TreeSet<>(OLDEST_FIRST);
    private long arrivals;

    RecentArticles(int capacity) {
        this.capacity = capacity;
    }

    /** Keeps the frame as the article's latest, in place of an earlier one; the oldest goes where there are too many. */
    void put(String id, long time, String frame) {
        remove(id);
        Entry entry = new Entry(id, time, arrivals++, frame);
        byId.put(id, entry);
        byTime.add(entry);
        while (byTime.size() > capacity) {
            byId.remove(byTime.pollFirst().id());
        }
    }

    /** Forgets the article (a tombstone: it was taken down). */
    void remove(String id) {
        Entry earlier = byId.remove(id);
        if (earlier != null) {
            byTime.remove(earlier);
        }
    }

    List<String> newestFirst() {
        List<String> frames = new ArrayList<>(byTime.size());
        byTime.descendingIterator().forEachRemaining(e -> frames.add(e.frame()));
        return frames;
    }

    int size() {
        return byId.size();
    }
}
