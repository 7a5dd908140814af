package dev.newsflow.measure.roles;

import dev.newsflow.enrich.roles.RecurringLines;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The evaluation's stand-in for what the dedup stores know across articles: the lines that occur
 * on at least {@code minPages} pages of the same site (URL host) among the evaluated pages. The
 * benchmark has one page per site, so here it finds nothing; it is the same question the topology
 * will ask of its stores.
 */
public final class SiteRecurringLines {

    public static final int DEFAULT_MIN_PAGES = 3;

    private final Map<String, Map<String, Integer>> pagesByLineBySite = new HashMap<>();
    private final int minPages;

    public SiteRecurringLines(int minPages) {
        this.minPages = minPages;
    }

    /** Counts the distinct lines of one page of a site. */
    public void add(String site, List<String> paragraphs) {
        Set<String> distinct = new HashSet<>();
        for (String paragraph : paragraphs) {
            distinct.add(RecurringLines.normalise(paragraph));
        }
        Map<String, Integer> counts = pagesByLineBySite.computeIfAbsent(site, s -> new HashMap<>());
        for (String line : distinct) {
            counts.merge(line, 1, Integer::sum);
        }
    }

    /** What one site's pages know: a line recurs if it is on {@code minPages} of them or more. */
    public RecurringLines of(String site) {
        Map<String, Integer> counts = pagesByLineBySite.getOrDefault(site, Map.of());
        return line -> counts.getOrDefault(line, 0) >= minPages;
    }

    /** How many distinct lines recur on some site. */
    public int recurringLines() {
        int count = 0;
        for (Map<String, Integer> counts : pagesByLineBySite.values()) {
            for (int pages : counts.values()) {
                if (pages >= minPages) {
                    count++;
                }
            }
        }
        return count;
    }
}
