package dev.newsflow.ingest.html;

/**
 * Why a web page cannot become an article: it cannot be decoded or parsed, or it has no main
 * text. The message is for the user (the reader adds the file's name), so no stack trace is kept.
 */
public final class PageException extends Exception {

    PageException(String reason) {
        super(reason, null, false, false);
    }
}
