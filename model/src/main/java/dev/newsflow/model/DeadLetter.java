package dev.newsflow.model;

/** Header names on {@code newsflow.dlq} records: why the record was rejected and where it came from. */
public final class DeadLetter {

    public static final String REASON = "newsflow.error.reason";
    public static final String TOPIC = "newsflow.error.topic";
    public static final String PARTITION = "newsflow.error.partition";
    public static final String OFFSET = "newsflow.error.offset";

    private DeadLetter() {}
}
