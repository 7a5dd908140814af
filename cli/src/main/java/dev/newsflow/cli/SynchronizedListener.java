package dev.newsflow.cli;

import dev.newsflow.ingest.IngestListener;
import dev.newsflow.ingest.Rejection;
import dev.newsflow.model.Article;

/**
 * An ingest listener called one at a time: following feeds reports from the polling thread and,
 * as the broker acknowledges, from the producer's, and the console's lines must not interleave.
 */
final class SynchronizedListener implements IngestListener {

    private final IngestListener listener;

    SynchronizedListener(IngestListener listener) {
        this.listener = listener;
    }

    @Override
    public synchronized void published(Article article) {
        listener.published(article);
    }

    @Override
    public synchronized void rejected(Rejection rejection) {
        listener.rejected(rejection);
    }

    @Override
    public synchronized void warned(String input, String message) {
        listener.warned(input, message);
    }

    @Override
    public synchronized void found(int files) {
        listener.found(files);
    }

    @Override
    public synchronized void started(String input) {
        listener.started(input);
    }
}
