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
}
