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
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
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
 * <p>Each remembered paragraph is a store entry of its own, keyed by band, article and index,
 * and a claim reads its band with a prefix scan: a claim writes its own entry only, not the
 * whole band again, so a band can hold hundreds of paragraphs (template refills that share
 * their words) without each claim rewriting them all.
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

    static final Comparator<Entry> ORDER = (a, b) -> CopyOrder.compare(a.ingestedAt(), a.articleId(), a.index(),
            b.ingestedAt(), b.articleId(), b.index());

    private static final StringSerializer KEYS = new StringSerializer();
    /** Not part of a band key (letters, digits and colons), so one band's prefix never matches another. */
    private static final char SEPARATOR = '/';

    private final EnrichConfig config;
    private final NearCopy nearCopy;
    private ProcessorContext<String, DedupEvent> context;
    private KeyValueStore<String, Entry> bands;

    NearCopyFinder(EnrichConfig config) {
        this.config = config;
        this.nearCopy = config.nearCopy();
    }

    @Override
    public void init(ProcessorContext<String, DedupEvent> context) {
        this.context = context;
        this.bands = context.getStateStore(EnrichTopology.BANDS_STORE);
        Expiry.schedule(context, bands, Entry::lastSeenMs, config.retention(), config.sweepInterval(config.retention()));
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
        String band = claim.band();
        Band remembered = remembered(band, mine, record.timestamp() - config.retention().toMillis());
        Entry original = null;
        double originalSimilarity = 0;
        for (Entry entry : remembered.others()) {
            if (entry.articleId().equals(mine.articleId())) {
                continue; // copies inside an article are found before the scatter
            }
            double similarity = nearCopy.similarity(mine.shingles(), entry.shingles());
            if (similarity < 0) {
                continue;
            }
            if (ORDER.compare(entry, mine) < 0) {
                if (original == null) { // the others come in order: the first is the earliest
                    original = entry;
                    originalSimilarity = similarity;
                }
                if (entry.lastSeenMs() < record.timestamp()) {
                    bands.put(key(band, entry), entry.seenAt(record.timestamp()));
                }
            } else if (!entry.fingerprint().equals(mine.fingerprint())) {
                // an exact copy is revoked by its fingerprint's owner; a near revocation too
                // would publish the later article twice, once as a near copy of similarity 1
                revoke(record, band, entry, mine, similarity);
            }
        }
        if (original != null) {
            verdicts.add(new Verdict(batch.articleId(), batch.pass(), claim.fingerprint(), band,
                    Outcome.DUPLICATE, original.ref(), originalSimilarity, original.ingestedAt()));
        }
        remember(remembered, mine);
    }

    /**
     * The band's other paragraphs, in (ingestedAt, articleId, index) order; expired ones are
     * deleted. This paragraph as remembered before (a replay) is left out: it is written again.
     */
    private Band remembered(String band, Entry mine, long oldestMs) {
        List<Entry> others = new ArrayList<>();
        List<String> expired = new ArrayList<>();
        boolean replay = false;
        try (KeyValueIterator<String, Entry> entries = bands.prefixScan(band + SEPARATOR, KEYS)) {
            while (entries.hasNext()) {
                KeyValue<String, Entry> next = entries.next();
                if (next.value.lastSeenMs() < oldestMs) {
                    expired.add(next.key);
                } else if (isSame(next.value, mine)) {
                    replay = true;
                } else {
                    others.add(next.value);
                }
            }
        }
        expired.forEach(bands::delete);
        others.sort(ORDER);
        return new Band(band, others, replay);
    }

    /**
     * What a claim found in its band.
     *
     * @param others in (ingestedAt, articleId, index) order
     * @param hasMine whether the claiming paragraph is remembered already (a replay)
     */
    private record Band(String key, List<Entry> others, boolean hasMine) {

        /** The first of the others with this fingerprint: the one paragraph of that text the band keeps. */
        Entry firstCopyOf(String fingerprint) {
            for (Entry entry : others) {
                if (entry.fingerprint().equals(fingerprint)) {
                    return entry;
                }
            }
            return null;
        }
    }

    private static boolean isSame(Entry a, Entry b) {
        return a.articleId().equals(b.articleId()) && a.index() == b.index();
    }

    private void revoke(Record<String, DedupEvent> record, String band, Entry later, Entry earlier, double similarity) {
        context.forward(record.withKey(later.articleId()).withValue(new Verdict(later.articleId(), -1,
                later.fingerprint(), band, Outcome.REVOKED, earlier.ref(), similarity, earlier.ingestedAt())));
    }

    /**
     * Keeps the band bounded: when full, the paragraphs that come last in (ingestedAt, articleId,
     * index) order give way. What a full band keeps must not depend on the order in which its
     * claims arrived, or two instances would point a copy at different first copies than one
     * instance does; and the earliest are the ones a later copy should point at.
     *
     * <p>Of several paragraphs with the same text (fingerprint) only the first is kept: it is the
     * earliest candidate for any later copy, and the later ones are exact copies, decided by
     * their fingerprint's owner. A paragraph repeated in a thousand articles would otherwise
     * fill its bands with itself, and every claim on them would read and compare it a thousand
     * times.
     */
    private void remember(Band band, Entry mine) {
        Entry firstCopy = band.firstCopyOf(mine.fingerprint());
        if (firstCopy != null && ORDER.compare(firstCopy, mine) < 0) {
            if (band.hasMine()) {
                bands.delete(key(band.key(), mine)); // a replay of a paragraph an earlier copy now stands for
            }
            return;
        }
        if (firstCopy != null) {
            bands.delete(key(band.key(), firstCopy)); // this paragraph stands for that text now
        }
        List<Entry> others = firstCopy == null ? band.others()
                : band.others().stream().filter(entry -> entry != firstCopy).toList();
        boolean fits = -Collections.binarySearch(others, mine, ORDER) - 1 < config.bucketSize();
        // the others after the first bucketSize, or bucketSize - 1 when this one takes a place among them
        for (int i = fits ? config.bucketSize() - 1 : config.bucketSize(); i < others.size(); i++) {
            bands.delete(key(band.key(), others.get(i)));
        }
        if (fits) {
            bands.put(key(band.key(), mine), mine);
        } else if (band.hasMine()) {
            bands.delete(key(band.key(), mine)); // a replay of a paragraph the band no longer has room for
        }
    }

    /** The band first, so that a prefix scan reads one band; article and index make it one per paragraph. */
    static String key(String band, Entry entry) {
        return band + SEPARATOR + entry.articleId() + SEPARATOR + entry.index();
    }
}
