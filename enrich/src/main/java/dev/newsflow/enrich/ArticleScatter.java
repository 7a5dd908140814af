package dev.newsflow.enrich;

import dev.newsflow.enrich.DedupEvent.BandClaim;
import dev.newsflow.enrich.DedupEvent.Body;
import dev.newsflow.enrich.DedupEvent.Claim;
import dev.newsflow.enrich.DedupEvent.Claims;
import dev.newsflow.enrich.DedupEvent.Segment;
import dev.newsflow.enrich.near.MinHash;
import dev.newsflow.enrich.near.Shingles;
import dev.newsflow.model.Article;
import dev.newsflow.model.Markup;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Segments and fingerprints an article, marks the paragraphs it repeats within itself, and
 * scatters: each distinct paragraph makes a claim on its fingerprint, and, if it is long enough
 * to have near copies, one band claim per similarity band; each sentence that carries news makes
 * a claim on its key ({@link Sentences}), once per article, by the first paragraph that has it.
 * Sentence keys are owned as fingerprints are, by their first copy, in a hash domain of their own;
 * they are more keys in the same batches, not more records. So are an article's short lines on its
 * site, which count the articles of the site that have them ({@link Recurrence}). The claims go out in one batch per
 * {@link ClaimPartitions partition} of the deciding stage, each decided where the state of its
 * keys is stored. The body, with the role of each paragraph ({@link ArticleRoles}) decided here
 * once per pass, goes to the gather: straight on, without crossing Kafka, where the verdicts come
 * back to this partition (the article was read from the partition its id is produced to, as
 * {@code ingest} and any producer with Kafka's default partitioner do); else in the batch on its
 * article id's partition of the deciding stage, which sends it on with the verdicts.
 *
 * <p>It also remembers when an article id was first ingested: a replay is ranked, and
 * published, with its first ingestion time, so that it produces the same record as the first
 * time and keeps the paragraphs it owns.
 */
final class ArticleScatter implements Processor<String, Article, String, DedupEvent> {

    /** First ingestion of an article id, and when it was last seen (for expiry). */
    record FirstSeen(Instant ingestedAt, long lastSeenMs) {}

    private final EnrichConfig config;
    private final ClaimPartitions partitions;
    private final RepeatsWithin repeatsWithin;
    private ProcessorContext<String, DedupEvent> context;
    private KeyValueStore<String, FirstSeen> firstSeen;

    ArticleScatter(EnrichConfig config, ClaimPartitions partitions) {
        this.config = config;
        this.partitions = partitions;
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
        long timestamp = ingestedAt.toEpochMilli();
        RepeatsWithin.Segmented segmented = repeatsWithin.segment(article.text(), article.title());
        boolean countKnown = partitions.count() > 0;
        boolean gatheredHere = countKnown && isGatheredHere(article.id(), partitions.count());
        List<Markup> markup = ArticleRoles.markupOf(segmented.paragraphs(), article.markup());
        // the roles as the page alone says; the gather decides them again where a line turns out
        // to recur across the site, which the deciding stage knows only later (Recurrence)
        Body body = new Body(article.id(), pass, article.source(), article.title(), article.publishedAt(), ingestedAt,
                segmented.segments(), -1, article.contentType(),
                ArticleRoles.classify(segmented.segments().stream().map(Segment::text).toList(), article.contentType(),
                        markup), markup);
        if (!countKnown) {
            // the first article of this instance: its body goes on its own, which tells the
            // partitioner the count, and its batches say how many there are
            context.forward(new Record<>(article.id(), body, timestamp));
        }
        Map<Integer, Claims> batches = claims(article.id(), pass, ingestedAt, segmented, Recurrence.siteOf(article.source()),
                countKnown && !gatheredHere);
        if (gatheredHere) {
            context.forward(new Record<>(article.id(), body.withClaims(batches.size()), timestamp));
        }
        int bodyPartition = ClaimPartitions.of(article.id(), partitions.count());
        for (Claims batch : batches.values()) {
            Body carried = countKnown && !gatheredHere && batch.group() == bodyPartition ? body : null;
            context.forward(new Record<>(article.id(), batch.with(batches.size(), carried), timestamp));
        }
    }

    /**
     * Whether an event stays on this partition for the gather: a body that knows how many batches
     * its article sent. A body that does not (the first article of an instance) goes through the
     * deciding stage, as do the claims.
     */
    static boolean staysHere(DedupEvent event) {
        return event instanceof Body body && body.claims() >= 0;
    }

    /**
     * Whether the verdicts on an article's claims come back to the partition it was read from:
     * they go to its id's partition by Kafka's default partitioner, among as many partitions as
     * the claims topic has (both topics take their count from the articles topic).
     */
    private boolean isGatheredHere(String articleId, int count) {
        int read = context.recordMetadata().map(RecordMetadata::partition).orElse(-1);
        return read == Utils.toPositive(Utils.murmur2(articleId.getBytes(StandardCharsets.UTF_8))) % count;
    }

    private Instant rememberFirstIngestion(Article article, long recordTimestamp) {
        FirstSeen seen = firstSeen.get(article.id());
        Instant first = seen == null ? article.ingestedAt() : seen.ingestedAt();
        firstSeen.put(article.id(), new FirstSeen(first, recordTimestamp));
        return first;
    }

    /**
     * The claims on the article's distinct paragraphs, batched by partition (in partition order),
     * and a batch on the article id's partition for the body to ride in, where it goes in one. An
     * article with a site also claims each of its distinct short lines on the site, to count them.
     */
    private Map<Integer, Claims> claims(String articleId, long pass, Instant ingestedAt, RepeatsWithin.Segmented segmented,
                                        String site, boolean withBodyBatch) {
        Map<Integer, Claims> batches = new TreeMap<>();
        int count = partitions.count();
        if (withBodyBatch) {
            batch(batches, ClaimPartitions.of(articleId, count), count, articleId, pass, ingestedAt);
        }
        Set<String> sentencesClaimed = new HashSet<>();
        for (Segment segment : segmented.segments()) {
            // a sentence is claimed once, by the first paragraph that has it, whatever that paragraph is
            for (String sentence : segment.sentences()) {
                if (sentencesClaimed.add(sentence)) {
                    batch(batches, ClaimPartitions.of(sentence, count), count, articleId, pass, ingestedAt).sentences()
                            .add(new Claim(segment.index(), sentence));
                }
            }
            if (segment.isRepeat()) {
                continue;
            }
            String fingerprint = segment.fingerprint();
            batch(batches, ClaimPartitions.of(fingerprint, count), count, articleId, pass, ingestedAt).exact()
                    .add(new Claim(segment.index(), fingerprint));
            if (site != null && Recurrence.isShort(segment.text())) {
                String line = Recurrence.key(site, fingerprint);
                batch(batches, ClaimPartitions.of(line, count), count, articleId, pass, ingestedAt).recurring()
                        .add(new Claim(segment.index(), line));
            }
            Shingles shingles = segmented.shingles().get(segment.index());
            if (config.nearCopy().isLongEnough(shingles)) {
                for (String band : MinHash.bandKeys(shingles)) {
                    batch(batches, ClaimPartitions.of(band, count), count, articleId, pass, ingestedAt).near()
                            .add(new BandClaim(segment.index(), fingerprint, band, shingles));
                }
            }
        }
        return batches;
    }

    private static Claims batch(Map<Integer, Claims> batches, int partition, int count, String articleId, long pass,
                                Instant ingestedAt) {
        return batches.computeIfAbsent(partition, p -> new Claims(articleId, pass, ingestedAt, p, new ArrayList<>(),
                new ArrayList<>(), List.of(), count, 0, null, new ArrayList<>(), new ArrayList<>()));
    }
}
