package dev.newsflow.enrich;

import dev.newsflow.enrich.DedupEvent.BandClaim;
import dev.newsflow.enrich.DedupEvent.Body;
import dev.newsflow.enrich.DedupEvent.Claim;
import dev.newsflow.enrich.DedupEvent.Claims;
import dev.newsflow.enrich.DedupEvent.Segment;
import dev.newsflow.enrich.near.MinHash;
import dev.newsflow.enrich.near.Shingles;
import dev.newsflow.model.Article;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Segments and fingerprints an article, marks the paragraphs it repeats within itself, and
 * scatters: the body goes on keyed by article id; each distinct paragraph makes a claim on its
 * fingerprint, and, if it is long enough to have near copies, one band claim per similarity
 * band. The claims go out in one batch per {@link ClaimGroups group} of their keys, each
 * decided where the state of its keys is stored.
 *
 * <p>It also remembers when an article id was first ingested: a replay is ranked, and
 * published, with its first ingestion time, so that it produces the same record as the first
 * time and keeps the paragraphs it owns.
 */
final class ArticleScatter implements Processor<String, Article, String, DedupEvent> {

    /** First ingestion of an article id, and when it was last seen (for expiry). */
    record FirstSeen(Instant ingestedAt, long lastSeenMs) {}

    private final EnrichConfig config;
    private final RepeatsWithin repeatsWithin;
    private ProcessorContext<String, DedupEvent> context;
    private KeyValueStore<String, FirstSeen> firstSeen;

    ArticleScatter(EnrichConfig config) {
        this.config = config;
        this.repeatsWithin = new RepeatsWithin(config.nearCopy());
    }

    @Override
    public void init(ProcessorContext<String, DedupEvent> context) {
        this.context = context;
        this.firstSeen = context.getStateStore(EnrichTopology.FIRST_SEEN_STORE);
        Expiry.schedule(context, firstSeen, FirstSeen::lastSeenMs, config.retention(),
                config.sweepInterval(config.retention()));
    }

    @Override
    public void process(Record<String, Article> record) {
        Article article = record.value();
        Instant ingestedAt = rememberFirstIngestion(article, record.timestamp());
        long pass = context.recordMetadata().map(m -> m.offset()).orElse(record.timestamp());
        RepeatsWithin.Segmented segmented = repeatsWithin.segment(article.text());
        List<Segment> segments = segmented.segments();
        Map<Integer, Claims> batches = claims(article.id(), pass, ingestedAt, segmented);
        long timestamp = ingestedAt.toEpochMilli();
        context.forward(new Record<>(article.id(), new Body(article.id(), pass, article.source(),
                article.title(), article.publishedAt(), ingestedAt, segments, batches.size()), timestamp));
        for (Claims batch : batches.values()) {
            context.forward(new Record<>("group-" + batch.group(), batch, timestamp));
        }
    }

    private Instant rememberFirstIngestion(Article article, long recordTimestamp) {
        FirstSeen seen = firstSeen.get(article.id());
        Instant first = seen == null ? article.ingestedAt() : seen.ingestedAt();
        firstSeen.put(article.id(), new FirstSeen(first, recordTimestamp));
        return first;
    }

    /** The claims on the article's distinct paragraphs, batched by group (in group order). */
    private Map<Integer, Claims> claims(String articleId, long pass, Instant ingestedAt, RepeatsWithin.Segmented segmented) {
        Map<Integer, Claims> batches = new TreeMap<>();
        for (Segment segment : segmented.segments()) {
            if (segment.isRepeat()) {
                continue;
            }
            String fingerprint = segment.fingerprint();
            batch(batches, ClaimGroups.of(fingerprint), articleId, pass, ingestedAt).exact()
                    .add(new Claim(segment.index(), fingerprint));
            Shingles shingles = segmented.shingles().get(segment.index());
            if (config.nearCopy().isLongEnough(shingles)) {
                for (String band : MinHash.bandKeys(shingles)) {
                    batch(batches, ClaimGroups.of(band), articleId, pass, ingestedAt).near()
                            .add(new BandClaim(segment.index(), fingerprint, band, shingles));
                }
            }
        }
        return batches;
    }

    private static Claims batch(Map<Integer, Claims> batches, int group, String articleId, long pass, Instant ingestedAt) {
        return batches.computeIfAbsent(group, g -> new Claims(articleId, pass, ingestedAt, g, new ArrayList<>(),
                new ArrayList<>(), List.of()));
    }
}
