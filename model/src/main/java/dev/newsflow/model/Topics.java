package dev.newsflow.model;

import org.apache.kafka.common.serialization.Serdes;

/** The public topics of newsflow. All are keyed by article id. */
public final class Topics {

    public static final Topic<String, Article> ARTICLES =
            new Topic<>("newsflow.articles", Serdes.String(), JsonSerde.of(Article.class));

    public static final Topic<String, EnrichedArticle> ENRICHED =
            new Topic<>("newsflow.enriched", Serdes.String(), JsonSerde.of(EnrichedArticle.class));

    /**
     * Notices of articles enrich processed again without a change to their record, which it does not
     * publish again (emit on change): {@link UnchangedArticle}, the record time the article's first
     * ingestion.
     */
    public static final Topic<String, UnchangedArticle> UNCHANGED =
            new Topic<>("newsflow.unchanged", Serdes.String(), JsonSerde.of(UnchangedArticle.class));

    /** Records the topology could not read, unchanged, with {@link DeadLetter} headers. */
    public static final Topic<String, byte[]> DLQ =
            new Topic<>("newsflow.dlq", Serdes.String(), Serdes.ByteArray());

    /**
     * The largest record on newsflow's topics, internal ones included: articles of up to the
     * ingest limit (4 MiB) travel whole through the repartition topics.
     */
    public static final int MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

    private Topics() {}
}
