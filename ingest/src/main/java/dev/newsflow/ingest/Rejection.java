package dev.newsflow.ingest;

/**
 * One bad input that was not published: the file (with {@code :line} for a line of JSON lines,
 * or the article's source when the broker refused it) and the reason in plain words.
 *
 * <p>A rejected input is left where it was; the run goes on with the rest.
 */
public record Rejection(String input, String reason) {

    @Override
    public String toString() {
        return input + ": " + reason;
    }
}
