package dev.newsflow.sink;

import dev.newsflow.model.Entity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sums over written articles' tallies: what 'run' prints at the end. A watch folds the tallies
 * of articles that can no longer be revised into these, so what it holds grows with the distinct
 * entities named, not with the articles written.
 */
public final class TallyTotals {

    private int articles;
    private int kept;
    private int dropped;
    private int droppedWithin;
    private final Map<String, Integer> mentions = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();

    public static TallyTotals of(Iterable<ArticleTally> tallies) {
        TallyTotals totals = new TallyTotals();
        tallies.forEach(totals::add);
        return totals;
    }

    public void add(ArticleTally tally) {
        articles++;
        kept += tally.kept();
        dropped += tally.dropped();
        droppedWithin += tally.droppedWithin();
        for (Entity entity : tally.entities()) {
            mentions.merge(entity.id(), entity.mentions(), Integer::sum);
            names.putIfAbsent(entity.id(), entity.name());
        }
    }

    public void add(TallyTotals other) {
        articles += other.articles;
        kept += other.kept;
        dropped += other.dropped;
        droppedWithin += other.droppedWithin;
        other.mentions.forEach((id, count) -> mentions.merge(id, count, Integer::sum));
        other.names.forEach(names::putIfAbsent);
    }

    public int articles() {
        return articles;
    }

    public int kept() {
        return kept;
    }

    public int dropped() {
        return dropped;
    }

    public int droppedWithin() {
        return droppedWithin;
    }

    public int distinctEntities() {
        return mentions.size();
    }

    public int mentions() {
        return mentions.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The most named entities, most mentions first (ties by id), as "Name (mentions)". */
    public List<String> mostNamed(int limit) {
        return mentions.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(e -> names.get(e.getKey()) + " (" + e.getValue() + ")")
                .toList();
    }
}
