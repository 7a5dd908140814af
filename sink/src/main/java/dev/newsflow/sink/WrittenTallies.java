package dev.newsflow.sink;

import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Entity;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tally of the latest record of each article written, with the number of the file write that
 * held it. For a watch, which may run for months, the tallies of articles last written longer
 * ago than they can be revised are folded into running totals, so that what is held is bounded
 * by the articles of that window, not by all ever written. Written from the sink's thread, read
 * from others.
 */
final class WrittenTallies {

    /** More shared entity instances than this, and the sharing starts afresh (the tallies keep theirs). */
    static final int SHARED_ENTITIES = 100_000;

    /** An article's latest tally, the number of the file write that held it, and when (by the clock). */
    private record Written(ArticleTally tally, long write, long atMs) {}

    private final Duration keepFor;
    // by the time each id was last written, oldest first
    private final LinkedHashMap<String, Written> recent = new LinkedHashMap<>();
    private final TallyTotals folded = new TallyTotals();
    // an entity is named, as often, in many articles: each tally points at one instance of it
    private final Map<Entity, Entity> entities = new HashMap<>();

    /** @param keepFor how long after its last write a tally is held on its own; null to hold every one */
    WrittenTallies(Duration keepFor) {
        this.keepFor = keepFor;
    }

    synchronized void written(List<EnrichedArticle> articles, long write, long nowMs) {
        if (entities.size() > SHARED_ENTITIES) {
            entities.clear();
        }
        for (EnrichedArticle article : articles) {
            recent.remove(article.id()); // to the end: the order is by last write
            recent.put(article.id(), new Written(ArticleTally.of(article, e -> entities.computeIfAbsent(e, k -> k)),
                    write, nowMs));
        }
        if (keepFor == null) {
            return;
        }
        Iterator<Written> oldestFirst = recent.values().iterator();
        while (oldestFirst.hasNext()) {
            Written eldest = oldestFirst.next();
            if (nowMs - eldest.atMs() <= keepFor.toMillis()) {
                return;
            }
            folded.add(eldest.tally());
            oldestFirst.remove();
        }
    }

    /** The number of the file write that last held the article; 0 if none held it (or it was folded). */
    synchronized long writeOf(String id) {
        Written last = recent.get(id);
        return last == null ? 0 : last.write();
    }

    synchronized Map<String, ArticleTally> recent() {
        Map<String, ArticleTally> tallies = new HashMap<>();
        recent.forEach((id, last) -> tallies.put(id, last.tally()));
        return tallies;
    }

    synchronized TallyTotals totals() {
        TallyTotals all = new TallyTotals();
        all.add(folded);
        recent.values().forEach(last -> all.add(last.tally()));
        return all;
    }

    synchronized int held() {
        return recent.size();
    }
}
