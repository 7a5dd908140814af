package dev.newsflow.cli;

import dev.newsflow.ingest.IngestListener;
import dev.newsflow.ingest.Rejection;
import dev.newsflow.model.Article;
import dev.newsflow.model.Progress;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Prints each rejected input and warning as one line, and shows progress: files read of those
 * found (a bar on a terminal), articles published and inputs rejected.
 */
final class ConsoleIngestListener implements IngestListener {

    private final PrintWriter err;
    private final AtomicInteger found = new AtomicInteger();
    private final AtomicInteger started = new AtomicInteger();
    private final AtomicInteger published = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();
    final Progress progress;

    /** @param showProgress false for a watch, which prints a line per round instead */
    ConsoleIngestListener(PrintWriter err, boolean showProgress) {
        this.err = err;
        this.progress = showProgress ? Progress.on(err, this::status) : Progress.hidden(err);
    }

    Progress.Status status() {
        return new Progress.Status("ingest", started.get(), found.get(),
                "files, " + published.get() + " articles published, " + rejected.get() + " rejected");
    }

    int published() {
        return published.get();
    }

    @Override
    public void found(int files) {
        found.addAndGet(files);
        progress.tick();
    }

    @Override
    public void started(String input) {
        started.incrementAndGet();
        progress.tick();
    }

    @Override
    public void published(Article article) {
        published.incrementAndGet();
        progress.tick();
    }

    @Override
    public void rejected(Rejection rejection) {
        rejected.incrementAndGet();
        progress.print(err, "rejected " + rejection.input() + ": " + rejection.reason());
    }

    @Override
    public void warned(String input, String message) {
        progress.print(err, "warning " + input + ": " + message);
    }
}
