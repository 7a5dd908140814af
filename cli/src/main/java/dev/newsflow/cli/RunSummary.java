package dev.newsflow.cli;

import dev.newsflow.ingest.IngestSummary;
import dev.newsflow.model.Change;
import dev.newsflow.sink.TallyTotals;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one screen 'run' prints at the end.
 *
 * @param changes  how many articles fed enrich made new, revised, or left unchanged (not written again)
 * @param written  the articles written, as written: the paragraphs and entities lines count these
 * @param feeds whether feeds were followed: their pages count as inputs read, their entries as skipped
 */
record RunSummary(IngestSummary ingest, Map<Change, Integer> changes, TallyTotals written, int files, Path out,
                  double seconds, boolean feeds) {

    void print(PrintWriter out) {
        int articles = changes.values().stream().mapToInt(Integer::intValue).sum();
        out.printf(Locale.ROOT, "newsflow run: %d articles in %.1f s%n", articles, seconds);
        out.printf("  inputs       %d %s read, %d rejected, %d skipped%n",
                ingest.filesRead(), feeds ? "files and pages" : "files", ingest.rejected(), ingest.skipped());
        out.printf("  articles     %d published: %d new, %d revised, %d unchanged; %d written to %s (%d files)%n",
                ingest.published(), count(Change.NEW), count(Change.REVISED), count(Change.UNCHANGED), written.articles(),
                this.out, files);
        if (written.articles() == 0) {
            return; // every article unchanged (a replay), or none enriched: no paragraphs or entities to count
        }
        out.printf("  paragraphs   %d kept, %d duplicates dropped (%d within an article, %d across articles)%n",
                written.kept(), written.dropped(), written.droppedWithin(), written.dropped() - written.droppedWithin());
        out.printf("  entities     %d distinct, %d mentions%n", written.distinctEntities(), written.mentions());
        List<String> top = written.mostNamed(6);
        if (!top.isEmpty()) {
            out.printf("  most named   %s%n", String.join(", ", top));
        }
    }

    private int count(Change change) {
        return changes.getOrDefault(change, 0);
    }
}
