package dev.newsflow.enrich;

import dev.newsflow.model.Change;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Topics;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Emits on change: compares the record an article would be published as with the last one
 * published for its id, by a digest of its bytes, so that a replay (a corpus fed again, an ingest
 * rerun after a crash), which makes the same record byte for byte, is not shown to every consumer
 * of {@code newsflow.enriched} again. A revision differs, and goes out.
 *
 * <p>The record holds nothing that changes when nothing real did: no processing time, and its
 * {@code ingestedAt} is the first ingestion's (kept by {@code article-first-seen}). So the whole
 * record is compared, tags included, and a new knowledge base or model that tags an article
 * otherwise publishes it again.
 *
 * <p>The digest is kept in a changelogged store written in the same transaction as the output, so
 * a crash can neither lose a record whose digest was kept nor publish one twice. It is forgotten a
 * retention after the article was last processed, on stream time, as its first ingestion time is.
 */
final class EmitOnChange implements Processor<String, EnrichedArticle, String, EmitOnChange.Emission> {

    /** A digest of the last record published for an article, and when the article was last processed (for expiry). */
    record LastEmitted(String digest, long lastSeenMs) {}

    /** A processed article and what it did to its published state: published as new or revised, or not at all. */
    record Emission(EnrichedArticle article, Change change) {

        boolean isPublished() {
            return change != Change.UNCHANGED;
        }
    }

    private static final HexFormat HEX = HexFormat.of();

    private final EnrichConfig config;
    private final Serializer<EnrichedArticle> records = Topics.ENRICHED.valueSerde().serializer();
    private final MessageDigest sha256 = sha256();
    private ProcessorContext<String, Emission> context;
    private KeyValueStore<String, LastEmitted> lastEmitted;

    EmitOnChange(EnrichConfig config) {
        this.config = config;
    }

    @Override
    public void init(ProcessorContext<String, Emission> context) {
        this.context = context;
        this.lastEmitted = context.getStateStore(EnrichTopology.LAST_EMITTED_STORE);
        Expiry.schedule(context, lastEmitted, LastEmitted::lastSeenMs, config.retention(),
                config.sweepInterval(config.retention()));
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        EnrichedArticle article = record.value();
        // the bytes the sink will write and every consumer read
        String digest = digest(records.serialize(Topics.ENRICHED.name(), article));
        LastEmitted last = lastEmitted.get(record.key());
        Change change = last == null ? Change.NEW : last.digest().equals(digest) ? Change.UNCHANGED : Change.REVISED;
        // written for an unchanged article too: its digest is kept a retention after it was last seen
        lastEmitted.put(record.key(), new LastEmitted(digest, context.currentStreamTimeMs()));
        Headers headers = new RecordHeaders(record.headers().toArray());
        headers.remove(Change.HEADER);
        if (change != Change.UNCHANGED) {
            headers.add(Change.HEADER, change.headerValue());
        }
        context.forward(record.withValue(new Emission(article, change)).withHeaders(headers));
    }

    /** The first 128 bits of SHA-256, as the paragraph fingerprints: no collision in any plausible number of revisions. */
    private String digest(byte[] bytes) {
        return HEX.formatHex(sha256.digest(bytes), 0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
