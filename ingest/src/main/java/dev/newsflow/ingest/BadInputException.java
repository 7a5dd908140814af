package dev.newsflow.ingest;

/**
 * Why one input cannot become an article. It carries a message for the user, not a trace for a
 * developer, so it records no stack trace.
 */
final class BadInputException extends Exception {

    BadInputException(String reason) {
        super(reason, null, false, false);
    }
}
