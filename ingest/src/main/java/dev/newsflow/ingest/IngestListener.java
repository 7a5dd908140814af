package dev.newsflow.ingest;

import dev.newsflow.model.Article;

/**
 * What an ingest run reports as it goes; the command line prints it. Calls may come from the
 * reading thread or the producer's thread, never two at once.
 */
public interface IngestListener {

    /** The broker has acknowledged the article. */
    void published(Article article);

    /** An input (a file, a line, or an article the broker refused) was not published. */
    void rejected(Rejection rejection);

    /** Something the user should know that did not stop the input. */
    void warned(String input, String message);

    /** How many files (stdin counts as one) this run or watch round is about to read. */
    default void found(int files) {}

    /** A file (or stdin) is being read now. */
    default void started(String input) {}
}
