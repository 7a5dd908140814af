package dev.newsflow.enrich;

import dev.newsflow.enrich.DedupEvent.Body;
import dev.newsflow.enrich.DedupEvent.Claim;
import dev.newsflow.enrich.DedupEvent.Segment;
import dev.newsflow.model.Article;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Segments and fingerprints an article, marks the paragraphs it repeats within itself, and
 * scatters: the body goes on keyed by article id, and each distinct paragraph goes out as a
 * claim keyed by its fingerprint, to be decided where that fingerprint's owner is stored.
 *
 * <p>It also remembers when an article id was first ingested: a replay is ranked, and
 * published, with its first ingestion time, so that it produces the same record as the first
 * time and keeps the paragraphs it owns.
 */
final class ArticleScatter implements Processor<String, Article, String, DedupEvent> {

    /** First ingestion of an article id, and when it was last seen (for expiry). */
    record FirstSeen(Instant ingestedAt, long lastSeenMs) {}

    private final EnrichConfig config;
    private ProcessorContext<String, DedupEvent> context;
    private KeyValueStore<String, FirstSeen> firstSeen;

    ArticleScatter(EnrichConfig config) {
        this.config = config;
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
        List<Segment> segments = segment(article.text());
        List<Claim> claims = claims(article.id(), pass, ingestedAt, segments);
        long timestamp = ingestedAt.toEpochMilli();
        context.forward(new Record<>(article.id(), new Body(article.id(), pass, article.source(),
                article.title(), article.publishedAt(), ingestedAt, segments, claims.size()), timestamp));
        for (Claim claim : claims) {
            context.forward(new Record<>(claim.fingerprint(), claim, timestamp));
        }
    }

    private Instant rememberFirstIngestion(Article article, long recordTimestamp) {
        FirstSeen seen = firstSeen.get(article.id());
        Instant first = seen == null ? article.ingestedAt() : seen.ingestedAt();
        firstSeen.put(article.id(), new FirstSeen(first, recordTimestamp));
        return first;
    }

    static List<Segment> segment(String text) {
        List<String> paragraphs = Segmenter.segment(text);
        List<Segment> segments = new ArrayList<>(paragraphs.size());
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String fingerprint = Fingerprinter.fingerprint(paragraphs.get(i));
            Integer earlier = firstIndex.putIfAbsent(fingerprint, i);
            segments.add(new Segment(i, paragraphs.get(i), fingerprint, earlier));
        }
        return segments;
    }

    private static List<Claim> claims(String articleId, long pass, Instant ingestedAt, List<Segment> segments) {
        List<Claim> claims = new ArrayList<>();
        for (Segment segment : segments) {
            if (segment.repeatOf() == null) {
                claims.add(new Claim(articleId, pass, segment.index(), segment.fingerprint(), ingestedAt));
            }
        }
        return claims;
    }
}
