package dev.newsflow.ingest;

import dev.newsflow.model.Article;

/**
 * Receives what {@link ArticleReader} makes of its inputs, one call per article, bad input or
 * warning, in reading order, on the reading thread.
 */
public interface ReadListener {

    void article(Article article);

    void rejected(Rejection rejection);

    /** Something the user should know that did not stop the input, e.g. a Windows-1252 fallback. */
    void warned(String input, String message);

    /** How many files (stdin counts as one) are about to be read; called once, before the first. */
    default void found(int files) {}

    /** A file (or stdin) is being read now; what follows, up to the next call, comes from it. */
    default void started(String input) {}
}
