package dev.newsflow.enrich;

import dev.newsflow.enrich.DedupEvent.BandClaim;
import dev.newsflow.enrich.DedupEvent.Claims;
import dev.newsflow.enrich.DedupEvent.Outcome;
import dev.newsflow.enrich.DedupEvent.Verdict;
import dev.newsflow.enrich.DedupEvent.Verdicts;
import dev.newsflow.enrich.near.NearCopy;
import dev.newsflow.enrich.near.Shingles;
import dev.newsflow.model.ParagraphRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Finds near copies across articles. Runs on the partition of a similarity band, where every
 * paragraph that has this band is remembered; each candidate is verified on its exact
 * similarity before anything is called a copy.
 *
 * <p>The same order rule as for exact copies: a paragraph is only ever the copy of one that
 * comes before it in (ingestedAt, articleId, index) order. A claim that comes before remembered
 * near copies revokes them: their articles are told that the paragraph now belongs to it.
 * Copies inside one article are found before the scatter, where the whole article is at hand.
 *
 * <p>Once its band claims are decided, a batch goes back to its article as the verdicts that
 * are not {@link Outcome#OWNED}, exact and near together.
 */
final class NearCopyFinder implements Processor<String, DedupEvent, String, DedupEvent> {

    /** One remembered paragraph of a band. */
    record Entry(String articleId, int index, String fingerprint, Instant ingestedAt, Shingles shingles, long lastSeenMs) {

        ParagraphRef ref() {
            return new ParagraphRef(articleId, index);
        }

        Entry seenAt(long timestampMs) {
            return new Entry(articleId, index, fingerprint, ingestedAt, shingles, Math.max(lastSeenMs, timestampMs));
        }
    }

    /** The paragraphs of one band. */
    record Bucket(List<Entry> entries) {

        long lastSeenMs() {
            return entries.stream().mapToLong(Entry::lastSeenMs).max().orElse(0);
        }
    }

    static final Comparator<Entry> ORDER = Comparator.comparing(Entry::ingestedAt)
            .thenComparing(Entry::articleId).thenComparingInt(Entry::index);

    private final EnrichConfig config;
    private final NearCopy nearCopy;
    private ProcessorContext<String, DedupEvent> context;
    private KeyValueStore<String, Bucket> bands;

    NearCopyFinder(EnrichConfig config) {
        this.config = config;
        this.nearCopy = config.nearCopy();
    }

    @Override
    public void init(ProcessorContext<String, DedupEvent> context) {
        this.context = context;
        this.bands = context.getStateStore(EnrichTopology.BANDS_STORE);
        Expiry.schedule(context, bands, Bucket::lastSeenMs, config.retention(), config.sweepInterval(config.retention()));
    }

    @Override
    public void process(Record<String, DedupEvent> record) {
        if (record.value() instanceof Claims batch) {
            List<Verdict> verdicts = new ArrayList<>(batch.verdicts());
            for (BandClaim claim : batch.near()) {
                decide(batch, claim, record, verdicts);
            }
            context.forward(record.withKey(batch.articleId())
                    .withValue(new Verdicts(batch.articleId(), batch.pass(), verdicts)));
        } else {
            context.forward(record);
        }
    }

    private void decide(Claims batch, BandClaim claim, Record<String, DedupEvent> record, List<Verdict> verdicts) {
        Entry mine = new Entry(batch.articleId(), claim.index(), claim.fingerprint(), batch.ingestedAt(),
                claim.shingles(), record.timestamp());
        Shingles shingles = mine.shingles();
        long oldest = record.timestamp() - config.retention().toMillis();
        Entry original = null;
        double originalSimilarity = 0;
        List<Entry> kept = new ArrayList<>();
        for (Entry entry : remembered(claim.band())) {
            if (entry.lastSeenMs() < oldest || isSame(entry, mine)) {
                continue; // expired, or this paragraph as remembered before (a replay): replaced below
            }
            if (entry.articleId().equals(mine.articleId())) {
                kept.add(entry); // copies inside an article are found before the scatter
                continue;
            }
            double similarity = nearCopy.similarity(shingles, entry.shingles());
            if (similarity < 0) {
                kept.add(entry);
            } else if (ORDER.compare(entry, mine) < 0) {
                if (original == null || ORDER.compare(entry, original) < 0) {
                    original = entry;
                    originalSimilarity = similarity;
                }
                kept.add(entry.seenAt(record.timestamp()));
            } else {
                revoke(record, claim.band(), entry, mine, similarity);
                kept.add(entry);
            }
        }
        if (original != null) {
            verdicts.add(new Verdict(batch.articleId(), batch.pass(), claim.fingerprint(), claim.band(),
                    Outcome.DUPLICATE, original.ref(), originalSimilarity, original.ingestedAt()));
        }
        kept.add(mine);
        remember(claim.band(), kept);
    }

    private static boolean isSame(Entry a, Entry b) {
        return a.articleId().equals(b.articleId()) && a.index() == b.index();
    }

    private List<Entry> remembered(String band) {
        Bucket bucket = bands.get(band);
        return bucket == null ? List.of() : bucket.entries();
    }

    private void revoke(Record<String, DedupEvent> record, String band, Entry later, Entry earlier, double similarity) {
        context.forward(record.withKey(later.articleId()).withValue(new Verdict(later.articleId(), -1,
                later.fingerprint(), band, Outcome.REVOKED, earlier.ref(), similarity, earlier.ingestedAt())));
    }

    /** Keeps the band bounded: when full, the paragraphs seen longest ago give way. */
    private void remember(String band, List<Entry> entries) {
        List<Entry> bounded = entries;
        if (entries.size() > config.bucketSize()) {
            bounded = entries.stream()
                    .sorted(Comparator.comparingLong(Entry::lastSeenMs).reversed().thenComparing(ORDER))
                    .limit(config.bucketSize())
                    .sorted(ORDER)
                    .toList();
        }
        bands.put(band, new Bucket(bounded));
    }
}
