package dev.newsflow.cli;

import dev.newsflow.ingest.IngestListener;
import dev.newsflow.ingest.Rejection;
import dev.newsflow.model.Article;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Prints each rejected input and warning as one line, and counts what was published. */
final class ConsoleIngestListener implements IngestListener {

    private final PrintWriter err;
    private final AtomicInteger published = new AtomicInteger();
    final Progress progress;

    /** @param more what else the status line shows after the published count */
    ConsoleIngestListener(PrintWriter err, Supplier<String> more) {
        this.err = err;
        this.progress = Progress.on(err, () -> "published " + published.get() + " articles" + more.get());
    }

    @Override
    public void published(Article article) {
        published.incrementAndGet();
        progress.tick();
    }

    @Override
    public void rejected(Rejection rejection) {
        progress.print(err, "rejected " + rejection.input() + ": " + rejection.reason());
    }

    @Override
    public void warned(String input, String message) {
        progress.print(err, "warning " + input + ": " + message);
    }
}
