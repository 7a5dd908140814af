package dev.newsflow.cli;

import dev.newsflow.ingest.IngestSummary;
import dev.newsflow.model.Change;
import dev.newsflow.model.Entity;
import dev.newsflow.sink.ArticleTally;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one screen 'run' prints at the end.
 *
 * @param changes  what enrich made of each article fed: new, revised, or unchanged (not written again)
 * @param articles a tally of each article written, as written: the paragraphs and entities lines count these
 * @param feeds whether feeds were followed: their pages count as inputs read, their entries as skipped
 */
record RunSummary(IngestSummary ingest, Map<String, Change> changes, Collection<ArticleTally> articles, int files, Path out,
                  double seconds, boolean feeds) {

    void print(PrintWriter out) {
        int kept = articles.stream().mapToInt(ArticleTally::kept).sum();
        int within = articles.stream().mapToInt(ArticleTally::droppedWithin).sum();
        int dropped = articles.stream().mapToInt(ArticleTally::dropped).sum();
        Map<String, Integer> mentions = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (ArticleTally article : articles) {
            for (Entity entity : article.entities()) {
                mentions.merge(entity.id(), entity.mentions(), Integer::sum);
                names.putIfAbsent(entity.id(), entity.name());
            }
        }
        String top = mentions.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(6)
                .map(e -> names.get(e.getKey()) + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
        out.printf(Locale.ROOT, "newsflow run: %d articles in %.1f s%n", changes.size(), seconds);
        out.printf("  inputs       %d %s read, %d rejected, %d skipped%n",
                ingest.filesRead(), feeds ? "files and pages" : "files", ingest.rejected(), ingest.skipped());
        out.printf("  articles     %d published: %d new, %d revised, %d unchanged; %d written to %s (%d files)%n",
                ingest.published(), count(Change.NEW), count(Change.REVISED), count(Change.UNCHANGED), articles.size(),
                this.out, files);
        if (articles.isEmpty()) {
            return; // every article unchanged (a replay), or none enriched: no paragraphs or entities to count
        }
        out.printf("  paragraphs   %d kept, %d duplicates dropped (%d within an article, %d across articles)%n",
                kept, dropped, within, dropped - within);
        out.printf("  entities     %d distinct, %d mentions%n", mentions.size(),
                mentions.values().stream().mapToInt(Integer::intValue).sum());
        if (!top.isEmpty()) {
            out.printf("  most named   %s%n", top);
        }
    }

    private long count(Change change) {
        return changes.values().stream().filter(change::equals).count();
    }
}
