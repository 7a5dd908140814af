package dev.newsflow.ingest;

/**
 * When a watch looks again. The command line waits a poll interval or until it is stopped; tests
 * step through polls by hand, so no test sleeps on a watch.
 */
@FunctionalInterface
public interface Polls {

    /** Waits for the next poll; false when the watch is to stop instead. */
    boolean awaitNext() throws InterruptedException;
}
