package dev.newsflow.enrich;

import dev.newsflow.enrich.DedupEvent.BandClaim;
import dev.newsflow.enrich.DedupEvent.Body;
import dev.newsflow.enrich.DedupEvent.Claim;
import dev.newsflow.enrich.DedupEvent.Segment;
import dev.newsflow.enrich.near.MinHash;
import dev.newsflow.enrich.near.Shingles;
import dev.newsflow.model.Article;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Segments and fingerprints an article, marks the paragraphs it repeats within itself, and
 * scatters: the body goes on keyed by article id; each distinct paragraph goes out as a claim
 * keyed by its fingerprint, and, if it is long enough to have near copies, as one band claim
 * per similarity band, keyed by the band. Each is decided where that key's state is stored.
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
        List<Segment> segments = repeatsWithin.segment(article.text());
        List<DedupEvent> claims = claims(article.id(), pass, ingestedAt, segments);
        long timestamp = ingestedAt.toEpochMilli();
        context.forward(new Record<>(article.id(), new Body(article.id(), pass, article.source(),
                article.title(), article.publishedAt(), ingestedAt, segments, claims.size()), timestamp));
        for (DedupEvent claim : claims) {
            String key = claim instanceof BandClaim band ? band.band() : ((Claim) claim).fingerprint();
            context.forward(new Record<>(key, claim, timestamp));
        }
    }

    private Instant rememberFirstIngestion(Article article, long recordTimestamp) {
        FirstSeen seen = firstSeen.get(article.id());
        Instant first = seen == null ? article.ingestedAt() : seen.ingestedAt();
        firstSeen.put(article.id(), new FirstSeen(first, recordTimestamp));
        return first;
    }

    private List<DedupEvent> claims(String articleId, long pass, Instant ingestedAt, List<Segment> segments) {
        List<DedupEvent> claims = new ArrayList<>();
        for (Segment segment : segments) {
            if (segment.isRepeat()) {
                continue;
            }
            claims.add(new Claim(articleId, pass, segment.index(), segment.fingerprint(), ingestedAt));
            Shingles shingles = Shingles.of(segment.text());
            if (config.nearCopy().isLongEnough(shingles)) {
                for (String band : MinHash.bandKeys(shingles)) {
                    claims.add(new BandClaim(articleId, pass, segment.index(), segment.fingerprint(), ingestedAt,
                            band, shingles));
                }
            }
        }
        return claims;
    }
}
