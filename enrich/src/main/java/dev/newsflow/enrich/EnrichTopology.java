package dev.newsflow.enrich;

import dev.newsflow.enrich.EmitOnChange.Emission;
import dev.newsflow.enrich.entities.EntityTagger;
import dev.newsflow.model.TopicSetup;
import dev.newsflow.model.Topics;
import dev.newsflow.model.UnchangedArticle;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The enrich topology: articles in, deduplicated and tagged articles out.
 *
 * <p>Dedup is scatter, decide, gather: claims on paragraphs are repartitioned by fingerprint and
 * by similarity band so that each one meets every earlier claim on its key, and the verdicts are
 * repartitioned back by article id to rebuild the article. That keeps dedup right with any number
 * of partitions and instances. The scatter and the gather are one sub-topology, and the verdicts
 * come back to the partition an article was read from where it was produced by its id (as
 * {@code ingest} does), so its body, most of its bytes, goes from the scatter to the gather without
 * crossing Kafka: only its claims make the round trip. Every Kafka write of dedup is a batch (an
 * article's claims on one partition, their verdicts, an article's gathered state), never a
 * paragraph. An article goes out
 * only when its record changed (emit on change); an unchanged one leaves a notice on
 * {@code newsflow.unchanged} instead. Every store and
 * repartition topic is named here, so internal topic names do not shift when the code does.
 */
public final class EnrichTopology {

    public static final String APPLICATION_ID = "newsflow-enrich";
    public static final String FIRST_SEEN_STORE = "article-first-seen";
    /** One value per article and partition of the deciding stage: the article's claims there. */
    public static final String BATCHES_STORE = "claim-batches";
    /** How many times the batches store was written, so that the claim index can tell whether it is behind. */
    public static final String BATCH_WRITES_STORE = "claim-batch-writes";
    /** The lookups of the deciding stage over the batches: derived from them, not changelogged. */
    public static final String CLAIM_INDEX_STORE = "claim-index";
    /** One value per article being gathered, or kept for revisions. */
    public static final String GATHERINGS_STORE = "article-gatherings";
    /** The body of each article being gathered, or kept for revisions: written once per pass. */
    public static final String BODIES_STORE = "article-bodies";
    /** A digest of the last record published per article, so that an unchanged one is not published again. */
    public static final String LAST_EMITTED_STORE = "article-last-emitted";
    public static final String BY_FINGERPRINT = "claims-by-fingerprint-or-band";
    public static final String BY_ARTICLE = "verdicts-by-article";

    private EnrichTopology() {}

    public static Topology build(StreamsBuilder builder, EnrichConfig config, EntityTagger tagger) {
        return build(builder, config, tagger, EnrichListener.NONE);
    }

    /** @param listener told of each record read, each enriched record and each unchanged notice, for metrics */
    public static Topology build(StreamsBuilder builder, EnrichConfig config, EntityTagger tagger, EnrichListener listener) {
        builder.addStateStore(store(FIRST_SEEN_STORE, InternalSerdes.FIRST_SEEN).withCachingEnabled());
        // written once per batch: a cache would only copy it; not changelogged, since it holds the
        // claims topic's batches as they came: it is restored from that topic (ClaimDecider)
        builder.addStateStore(store(BATCHES_STORE, InternalSerdes.BATCHES).withLoggingDisabled());
        // rewritten at every batch: cached, it reaches the changelog about once a commit
        builder.addStateStore(store(BATCH_WRITES_STORE, Serdes.Long()).withCachingEnabled());
        builder.addStateStore(ClaimIndex.builder(CLAIM_INDEX_STORE, config.bucketSize()));
        builder.addStateStore(store(GATHERINGS_STORE, InternalSerdes.GATHERINGS).withCachingEnabled());
        // written once per pass: a cache would only copy it
        builder.addStateStore(store(BODIES_STORE, InternalSerdes.BODIES));
        // written once per article processed: a cache would only copy it
        builder.addStateStore(store(LAST_EMITTED_STORE, InternalSerdes.LAST_EMITTED));
        ClaimPartitions partitions = new ClaimPartitions();

        // read: a record that is not a usable article goes to the dead-letter topic, with the
        // reason; the listener (metrics) counts both kinds
        Map<String, KStream<String, ReadResult>> read = builder
                .stream(Topics.ARTICLES.name(), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("articles"))
                .processValues(ArticleReader::new, Named.as("read"))
                .peek((id, result) -> listener.read(result.isRead()), Named.as("count-read"))
                .split(Named.as("read-"))
                .branch((id, result) -> result.isRead(), Branched.as("ok"))
                .defaultBranch(Branched.as("unreadable"));
        read.get("read-unreadable")
                .mapValues(ReadResult::raw, Named.as("raw"))
                .to(Topics.DLQ.name(), Produced.with(Topics.DLQ.keySerde(), Topics.DLQ.valueSerde()).withName("dead-letters"));

        // segment and fingerprint; mark repeats inside the article; decide each paragraph's role
        // (ArticleRoles); scatter claims by fingerprint and by similarity band, one batch per
        // partition of the deciding stage; the body stays on the article's partition for the gather
        Map<String, KStream<String, DedupEvent>> scattered = read.get("read-ok")
                .mapValues(ReadResult::article, Named.as("article"))
                .process(() -> new ArticleScatter(config, partitions), Named.as("scatter"), FIRST_SEEN_STORE)
                .split(Named.as("scattered-"))
                .branch((id, event) -> ArticleScatter.staysHere(event), Branched.as("body"))
                .defaultBranch(Branched.as("claims"));
        // the claims go through a topic of newsflow's own, not a repartition topic (which Kafka
        // Streams purges as it is read): the deciding stage restores its stored batches from it
        scattered.get("scattered-claims")
                .to(TopicSetup.CLAIMS, Produced.with(Serdes.String(), DedupEvent.SERDE).withStreamPartitioner(partitions)
                        .withName(BY_FINGERPRINT));
        KStream<String, DedupEvent> verdicts = builder
                .stream(TopicSetup.CLAIMS, Consumed.with(Serdes.String(), DedupEvent.SERDE).withName("claims"))
                // decide who owns each paragraph (the first by ingestedAt, article id, index) and
                // find earlier near copies among the paragraphs that share a band, verified
                .process(() -> new ClaimDecider(config), Named.as("decide"), BATCHES_STORE,
                        BATCH_WRITES_STORE, CLAIM_INDEX_STORE)
                .repartition(Repartitioned.with(Serdes.String(), DedupEvent.SERDE).withName(BY_ARTICLE));
        scattered.get("scattered-body")
                .merge(verdicts, Named.as("body-and-verdicts"))
                // gather each article back once every batch has its verdicts
                .process(() -> new Reassembler(config), Named.as("gather"), GATHERINGS_STORE, BODIES_STORE)
                // tag entities in the kept paragraphs
                .mapValues(tagger::tag, Named.as("tag"))
                // emit on change: a record equal to the last one published for the article (a replay)
                // is not published again, and a notice says that the article was processed; the
                // listener (metrics) is told what goes out: an enriched record (paragraphs, mentions,
                // latency) or a notice
                .process(() -> new EmitOnChange(config), Named.as("compare"), LAST_EMITTED_STORE)
                .split(Named.as("compared-"))
                .branch((id, emission) -> emission.isPublished(), Branched.withConsumer(changed -> changed
                        .mapValues(Emission::article, Named.as("changed"))
                        .peek((id, article) -> listener.enriched(article), Named.as("count-enriched"))
                        .to(Topics.ENRICHED.name(), Produced.with(Topics.ENRICHED.keySerde(), Topics.ENRICHED.valueSerde())
                                .withName("enriched")), "published"))
                .defaultBranch(Branched.withConsumer(unchanged -> unchanged
                        .mapValues(emission -> UnchangedArticle.of(emission.article()), Named.as("notice"))
                        .peek((id, notice) -> listener.unchanged(notice), Named.as("count-unchanged"))
                        .to(Topics.UNCHANGED.name(), Produced.with(Topics.UNCHANGED.keySerde(), Topics.UNCHANGED.valueSerde())
                                .withName("unchanged")), "unchanged"));
        return builder.build();
    }

    public static Topology build(EnrichConfig config, EntityTagger tagger) {
        return build(new StreamsBuilder(), config, tagger);
    }

    public static Topology build(EnrichConfig config, EntityTagger tagger, EnrichListener listener) {
        return build(new StreamsBuilder(), config, tagger, listener);
    }

    /**
     * Changelogged (the default), so a restarted instance restores what it knew; values in
     * {@link InternalSerdes}' binary format. A store whose values are rewritten between two
     * commits (an article's gathering: once per batch of verdicts) is cached, so that the value
     * reaches RocksDB and the changelog about once.
     */
    private static <V> StoreBuilder<KeyValueStore<String, V>> store(String name, Serde<V> values) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), values);
    }
}
