package dev.newsflow.enrich;

import dev.newsflow.enrich.ClaimIndex.Copy;
import dev.newsflow.enrich.ClaimIndex.Text;
import dev.newsflow.enrich.DedupEvent.BandClaim;
import dev.newsflow.enrich.DedupEvent.Claim;
import dev.newsflow.enrich.DedupEvent.Claims;
import dev.newsflow.enrich.DedupEvent.Outcome;
import dev.newsflow.enrich.DedupEvent.Revocations;
import dev.newsflow.enrich.DedupEvent.Verdict;
import dev.newsflow.enrich.DedupEvent.Verdicts;
import dev.newsflow.enrich.near.NearCopy;
import dev.newsflow.model.ParagraphRef;
import dev.newsflow.model.TopicSetup;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides the claims of one partition: who owns each paragraph (the first copy of its
 * fingerprint) and each sentence that carries news (the first copy of its key), and which earlier
 * paragraphs each long paragraph nearly copies (among those that share a similarity band with it,
 * each verified on its exact similarity), and which of its short lines recur across its site
 * ({@link Recurrence}). Every claim on one
 * key comes to the partition of that key, so it meets every earlier claim on it, however many
 * partitions and instances.
 *
 * <p>Order is (ingestedAt, articleId, index), never arrival: a paragraph is only ever the copy of
 * one that comes before it. A claim that comes before the copies decided so far takes the
 * paragraph over, and their articles are told so ({@link Outcome#REVOKED}), one record per
 * article. Claims from the owner itself (a replay) keep it. Copies inside an article are found
 * before the scatter, where the whole article is at hand.
 *
 * <p>State: one store value per batch (an article's claims on this partition, as it came in on
 * the claims topic), the count of writes to that store (changelogged), and a {@link ClaimIndex}
 * over the batches in a RocksDB of its own. Only the count is changelogged: the batches are the
 * claims topic's latest record per article on this partition, so the topic is their log
 * ({@link ClaimsLog}), and the index is derived from them. The index records the count of writes
 * it reflects; where that is not the stored count (a state wiped after an unclean stop under
 * exactly-once, which the changelogged count makes Kafka Streams do; a task that other instances
 * moved on), the batches are read back from the claims topic up to the first record to process,
 * the index built again from them, and what the retention has passed forgotten, before that record
 * is decided. While running, each batch goes into the store and the index together. Batches expire
 * a retention after their article's first ingestion, on stream time.
 */
final class ClaimDecider implements Processor<String, DedupEvent, String, DedupEvent> {

    private static final Logger log = LoggerFactory.getLogger(ClaimDecider.class);
    private static final String WRITES = "batch-writes";

    private final EnrichConfig config;
    private final NearCopy nearCopy;
    private ProcessorContext<String, DedupEvent> context;
    private KeyValueStore<String, Claims> batches;
    private KeyValueStore<String, Long> writes;
    private ClaimIndex index;
    private ClaimsLog claimsLog;
    /** Whether the index was found to reflect the stored batches since the task was initialised. */
    private boolean checked;

    ClaimDecider(EnrichConfig config) {
        this.config = config;
        this.nearCopy = config.nearCopy();
    }

    @Override
    public void init(ProcessorContext<String, DedupEvent> context) {
        this.context = context;
        this.batches = context.getStateStore(EnrichTopology.BATCHES_STORE);
        this.writes = context.getStateStore(EnrichTopology.BATCH_WRITES_STORE);
        this.index = context.getStateStore(EnrichTopology.CLAIM_INDEX_STORE);
        this.claimsLog = ClaimsLog.of(context.appConfigs(), context.applicationId() + "-" + context.taskId() + "-claims");
        this.checked = false; // the state may have been wiped, or moved on elsewhere, since the index was written
        context.schedule(config.sweepInterval(config.retention()), PunctuationType.STREAM_TIME, this::expire);
    }

    @Override
    public void process(Record<String, DedupEvent> record) {
        if (!(record.value() instanceof Claims batch)) {
            context.forward(record.withKey(record.value().articleId())); // a body on its own
            return;
        }
        ClaimIndex index = index(context.recordMetadata().map(RecordMetadata::offset).orElse(0L));
        List<Verdict> verdicts = new ArrayList<>();
        Map<String, List<Verdict>> revoked = new LinkedHashMap<>();
        ClaimIndex.Lookup lookup = index.lookup(batch);
        try (lookup) {
            for (Claim claim : batch.exact()) {
                decide(batch, claim, lookup, verdicts, revoked);
            }
            for (BandClaim claim : batch.near()) {
                decide(batch, claim, lookup, verdicts, revoked);
            }
            for (Claim claim : batch.sentences()) {
                decideSentence(batch, claim, lookup, verdicts, revoked);
            }
            for (Claim claim : batch.recurring()) {
                decideRecurrence(batch, claim, lookup, verdicts);
            }
        }
        remember(batch.withoutBody(), index, lookup);
        revoked.forEach((articleId, taken) ->
                context.forward(record.withKey(articleId).withValue(new Revocations(articleId, taken))));
        context.forward(record.withKey(batch.articleId())
                .withValue(new Verdicts(batch.articleId(), batch.pass(), verdicts, batch.batches(), batch.body())));
    }

    /** The owner of a fingerprint is its first copy; an earlier claim takes it over. */
    private static void decide(Claims batch, Claim claim, ClaimIndex.Lookup index, List<Verdict> verdicts,
                               Map<String, List<Verdict>> revoked) {
        Copy owner = index.owner(claim.fingerprint());
        if (owner == null || owner.articleId().equals(batch.articleId())) {
            return; // owned; by this article already, if it is a replay
        }
        if (CopyOrder.compare(batch.ingestedAt(), batch.articleId(), claim.index(),
                owner.ingestedAt(), owner.articleId(), owner.index()) < 0) {
            revoke(revoked, new Verdict(owner.articleId(), -1, claim.fingerprint(), null, Outcome.REVOKED,
                    new ParagraphRef(batch.articleId(), claim.index()), null, batch.ingestedAt()));
        } else {
            verdicts.add(new Verdict(batch.articleId(), batch.pass(), claim.fingerprint(), null, Outcome.DUPLICATE,
                    owner.ref(), null, owner.ingestedAt()));
        }
    }

    /**
     * A sentence's owner is its first copy, as a fingerprint's; but a claim that takes a sentence
     * over tells every later copy of it, not only the owner, so that each points at the first copy
     * however the articles arrived. A paragraph made of earlier sentences points at the paragraph its
     * first sentence came from, which may be kept for its other sentences: following pointers from
     * there would not lead on to the first copy, as it does from a copy of a whole paragraph. Copies
     * are told up to the bucket size: a sentence that more articles had before its first copy arrived
     * is a formula, and its later copies keep their pointer.
     */
    private void decideSentence(Claims batch, Claim claim, ClaimIndex.Lookup index, List<Verdict> verdicts,
                                Map<String, List<Verdict>> revoked) {
        Copy owner = index.owner(claim.fingerprint());
        if (owner == null || owner.articleId().equals(batch.articleId())) {
            return; // owned; by this article already, if it is a replay
        }
        if (CopyOrder.compare(batch.ingestedAt(), batch.articleId(), claim.index(),
                owner.ingestedAt(), owner.articleId(), owner.index()) < 0) {
            ParagraphRef first = new ParagraphRef(batch.articleId(), claim.index());
            for (Copy later : index.copies(claim.fingerprint(), config.bucketSize())) {
                if (!later.articleId().equals(batch.articleId())) {
                    revoke(revoked, new Verdict(later.articleId(), -1, claim.fingerprint(), null, Outcome.REVOKED, first,
                            null, batch.ingestedAt()));
                }
            }
        } else {
            verdicts.add(new Verdict(batch.articleId(), batch.pass(), claim.fingerprint(), null, Outcome.DUPLICATE,
                    owner.ref(), null, owner.ingestedAt()));
        }
    }

    /**
     * Whether a line recurs across the article's site ({@link Recurrence}): whether the articles
     * before this one, in (ingestedAt, article id) order, that have it make
     * {@value Recurrence#RECURRING_ARTICLES} with this one. They are the first copies of the key,
     * so no more than that are read. Articles after this one do not count, even where they arrived
     * first: the answer depends on what came before the article, as its ownership does, so that a
     * replay (which keeps its first ingestion time, and whose earlier batch is its own) is told
     * what it was told the first time and publishes the same record.
     */
    private static void decideRecurrence(Claims batch, Claim claim, ClaimIndex.Lookup index, List<Verdict> verdicts) {
        int before = 0;
        for (Copy copy : index.copies(claim.fingerprint(), Recurrence.RECURRING_ARTICLES - 1)) {
            if (!copy.articleId().equals(batch.articleId())
                    && CopyOrder.compare(copy.ingestedAt(), copy.articleId(), copy.index(),
                            batch.ingestedAt(), batch.articleId(), claim.index()) < 0) {
                before++;
            }
        }
        if (before + 1 >= Recurrence.RECURRING_ARTICLES) {
            verdicts.add(Verdict.recurs(batch.articleId(), batch.pass(), claim.fingerprint(), claim.index()));
        }
    }

    /**
     * Among the texts the band keeps, the first that this paragraph nearly copies (adding no
     * sentence of its own) and that comes before it is its original; those that come after it and
     * nearly copy it lose their paragraph to it. Exact copies are left to the fingerprint's owner: a near revocation too would publish
     * the later article twice, once as a near copy of similarity 1.
     */
    private void decide(Claims batch, BandClaim claim, ClaimIndex.Lookup index, List<Verdict> verdicts,
                        Map<String, List<Verdict>> revoked) {
        Copy mine = new Copy(batch.articleId(), batch.ingestedAt(), claim.index(), claim.shingles());
        Copy original = null;
        double originalSimilarity = 0;
        for (Text text : index.candidates(claim.band(), claim.fingerprint(), claim.shingles(), nearCopy)) {
            Copy first = text.first();
            if (first.articleId().equals(mine.articleId())) {
                continue; // copies inside an article are found before the scatter
            }
            double similarity = nearCopy.similarity(mine.shingles(), first.shingles());
            if (similarity < 0) {
                continue;
            }
            boolean firstIsEarlier = ClaimIndex.ORDER.compare(first, mine) < 0;
            // the later of the two must add no sentence of its own to be a copy of the earlier
            if (firstIsEarlier ? nearCopy.addsASentence(mine.shingles(), first.shingles())
                    : nearCopy.addsASentence(first.shingles(), mine.shingles())) {
                continue;
            }
            if (firstIsEarlier) {
                if (original == null) { // the texts come in order: the first is the earliest
                    original = first;
                    originalSimilarity = similarity;
                }
            } else if (!text.fingerprint().equals(claim.fingerprint())) {
                revoke(revoked, new Verdict(first.articleId(), -1, text.fingerprint(), claim.band(), Outcome.REVOKED,
                        mine.ref(), similarity, mine.ingestedAt()));
            }
        }
        if (original != null) {
            verdicts.add(new Verdict(batch.articleId(), batch.pass(), claim.fingerprint(), claim.band(),
                    Outcome.DUPLICATE, original.ref(), originalSimilarity, original.ingestedAt()));
        }
    }

    private static void revoke(Map<String, List<Verdict>> revoked, Verdict revocation) {
        revoked.computeIfAbsent(revocation.articleId(), article -> new ArrayList<>()).add(revocation);
    }

    /**
     * The batch goes into the store and the index together, in place of the article's batch before;
     * {@code lookup} is the batch's, whose band values the index does not read again.
     */
    private void remember(Claims batch, ClaimIndex index, ClaimIndex.Lookup lookup) {
        Claims before = batches.get(batch.articleId());
        if (batch.isEmpty()) {
            if (before != null) {
                batches.delete(batch.articleId()); // a replay that claims nothing here any more
                index.apply(before, null, counted());
            }
            return;
        }
        batches.put(batch.articleId(), batch);
        index.apply(before, batch, counted(), lookup);
    }

    /** Counts one write to the batches store, and says the count. */
    private long counted() {
        long count = storedWrites() + 1;
        writes.put(WRITES, count);
        return count;
    }

    private long storedWrites() {
        Long count = writes.get(WRITES);
        return count == null ? 0 : count;
    }

    /**
     * The index, with the batches read back from the claims topic up to {@code position} (the
     * offset of the record about to be decided, where the stage's group committed) and the index
     * built again from them, if it does not reflect the stored count of writes.
     */
    private ClaimIndex index(long position) {
        if (checked) {
            return index;
        }
        long stored = storedWrites();
        boolean restored = index.applied() != stored && stored > 0; // else no batch was ever stored: nothing to read back
        if (index.applied() != stored) {
            long started = System.nanoTime();
            if (restored) {
                log.info("Restoring the stored batches of task {} from {} up to offset {} (its claim index reflects {} "
                        + "writes of them, the changelogged count is {})", context.taskId(), TopicSetup.CLAIMS, position,
                        index.applied(), stored);
                long read = restoreBatches(position);
                log.info("Restored the stored batches of task {} from {} records of {} in {} ms", context.taskId(), read,
                        TopicSetup.CLAIMS, (System.nanoTime() - started) / 1_000_000);
                started = System.nanoTime();
            }
            index.clear();
            long count = 0;
            try (KeyValueIterator<String, Claims> all = batches.all()) {
                while (all.hasNext()) {
                    index.apply(null, all.next().value, -1);
                    count++;
                }
            }
            index.apply(null, null, stored);
            log.info("Built the claim index of task {} from {} stored batches in {} ms", context.taskId(), count,
                    (System.nanoTime() - started) / 1_000_000);
        }
        checked = true;
        if (restored) {
            expire(context.currentStreamTimeMs()); // what a sweep would have forgotten of what was read back
        }
        return index;
    }

    /**
     * The store emptied and filled again with the batches of the claims topic's partition of this
     * task before {@code position}, each applied as {@link #remember} applied it: the latest batch
     * of each article, none where the latest claimed nothing here. Returns the records read.
     */
    private long restoreBatches(long position) {
        List<String> stale = new ArrayList<>();
        try (KeyValueIterator<String, Claims> all = batches.all()) {
            all.forEachRemaining(entry -> stale.add(entry.key));
        }
        stale.forEach(batches::delete);
        long[] read = {0};
        claimsLog.read(context.taskId().partition(), position, (articleId, event) -> {
            read[0]++;
            if (event instanceof Claims batch) {
                Claims kept = batch.withoutBody();
                if (kept.isEmpty()) {
                    batches.delete(kept.articleId());
                } else {
                    batches.put(kept.articleId(), kept);
                }
            }
        });
        return read[0];
    }

    /** Forgets the batches of articles first ingested more than the retention ago, in stream time. */
    private void expire(long streamTimeMs) {
        if (!checked) {
            return; // the stored batches may be behind the claims topic until the first record restores them
        }
        List<String> expired = index.ingestedBefore(Instant.ofEpochMilli(streamTimeMs).minus(config.retention()));
        for (String articleId : expired) {
            Claims before = batches.get(articleId);
            if (before == null) {
                log.warn("The claim index of task {} names article {}, which has no stored batch: building it again",
                        context.taskId(), articleId);
                index.apply(null, null, -1);
                checked = false;
                return;
            }
            batches.delete(articleId);
            index.apply(before, null, counted());
        }
        if (!expired.isEmpty()) {
            log.debug("Expired the claims of {} articles older than {}", expired.size(), config.retention());
        }
    }

    @Override
    public void close() {
        checked = false;
    }
}
