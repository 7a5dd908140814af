package dev.newsflow.enrich;

import dev.newsflow.enrich.DedupEvent.Claim;
import dev.newsflow.enrich.DedupEvent.Claims;
import dev.newsflow.enrich.DedupEvent.Outcome;
import dev.newsflow.enrich.DedupEvent.Verdict;
import dev.newsflow.model.ParagraphRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Decides who owns a paragraph. Runs on the partition of the paragraph's fingerprint, so every
 * claim on one paragraph meets the one stored owner, however many partitions and instances.
 *
 * <p>The owner is the claimant first in (ingestedAt, articleId) order, whatever order the
 * claims arrive in: an earlier article that arrives late takes the paragraph over, and the
 * article that lost it is told so ({@link Outcome#REVOKED}). Claims from the owner itself (a
 * replay) keep it. The batch goes on with the verdicts that are not {@link Outcome#OWNED},
 * to have its band claims decided; everything else passes through untouched.
 */
final class ParagraphOwnership implements Processor<String, DedupEvent, String, DedupEvent> {

    /** The owner of a fingerprint, and when the fingerprint was last claimed (for expiry). */
    record Owner(String articleId, int index, Instant ingestedAt, long lastSeenMs) {

        ParagraphRef ref() {
            return new ParagraphRef(articleId, index);
        }
    }

    private final EnrichConfig config;
    private ProcessorContext<String, DedupEvent> context;
    private KeyValueStore<String, Owner> owners;

    ParagraphOwnership(EnrichConfig config) {
        this.config = config;
    }

    @Override
    public void init(ProcessorContext<String, DedupEvent> context) {
        this.context = context;
        this.owners = context.getStateStore(EnrichTopology.OWNERS_STORE);
        Expiry.schedule(context, owners, Owner::lastSeenMs, config.retention(),
                config.sweepInterval(config.retention()));
    }

    @Override
    public void process(Record<String, DedupEvent> record) {
        if (record.value() instanceof Claims batch) {
            List<Verdict> duplicates = new ArrayList<>();
            for (Claim claim : batch.exact()) {
                decide(batch, claim, record, duplicates);
            }
            context.forward(record.withValue(batch.withVerdicts(duplicates)));
        } else {
            context.forward(record);
        }
    }

    private void decide(Claims batch, Claim claim, Record<String, DedupEvent> record, List<Verdict> duplicates) {
        Owner owner = owners.get(claim.fingerprint());
        boolean ownedHere = owner != null && owner.articleId().equals(batch.articleId());
        if (owner == null || ownedHere || CopyOrder.compare(batch.ingestedAt(), batch.articleId(), claim.index(),
                owner.ingestedAt(), owner.articleId(), owner.index()) < 0) {
            owners.put(claim.fingerprint(), new Owner(batch.articleId(), claim.index(), batch.ingestedAt(),
                    record.timestamp()));
            if (owner != null && !ownedHere) {
                ParagraphRef now = new ParagraphRef(batch.articleId(), claim.index());
                context.forward(record.withKey(owner.articleId()).withValue(new Verdict(owner.articleId(), -1,
                        claim.fingerprint(), null, Outcome.REVOKED, now, null, batch.ingestedAt())));
            }
        } else {
            owners.put(claim.fingerprint(), new Owner(owner.articleId(), owner.index(), owner.ingestedAt(),
                    Math.max(owner.lastSeenMs(), record.timestamp())));
            duplicates.add(new Verdict(batch.articleId(), batch.pass(), claim.fingerprint(), null, Outcome.DUPLICATE,
                    owner.ref(), null, owner.ingestedAt()));
        }
    }
}
