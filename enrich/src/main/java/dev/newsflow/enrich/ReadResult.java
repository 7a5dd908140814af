package dev.newsflow.enrich;

import dev.newsflow.model.Article;

/** An input record after reading: an article, or the raw bytes that could not be read. */
record ReadResult(Article article, byte[] raw) {

    static ReadResult read(Article article) {
        return new ReadResult(article, null);
    }

    static ReadResult unreadable(byte[] raw) {
        return new ReadResult(null, raw);
    }

    boolean isRead() {
        return article != null;
    }
}
