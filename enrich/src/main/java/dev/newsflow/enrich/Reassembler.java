package dev.newsflow.enrich;

import dev.newsflow.enrich.DedupEvent.Body;
import dev.newsflow.enrich.DedupEvent.Revocations;
import dev.newsflow.enrich.DedupEvent.Verdict;
import dev.newsflow.enrich.DedupEvent.Verdicts;
import dev.newsflow.model.EnrichedArticle;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gathers an article back together on the partition of its id: waits for its body and the
 * verdicts on every batch of claims it made, then emits it once. If a paragraph it owns is later
 * revoked (an earlier article sharing it was decided after it), the article is emitted again with
 * that paragraph as a duplicate, so the latest record per article id is always right.
 *
 * <p>What it knows of an article is its body, stored once per pass, and one small store value
 * ({@link Gathering}), rewritten as batches arrive; the store's cache makes that about one
 * changelog record per article. The body arrives from the scatter without crossing Kafka where
 * the article's partition is the gather's ({@link ArticleScatter}), else through the deciding stage.
 */
final class Reassembler implements Processor<String, DedupEvent, String, EnrichedArticle> {

    private static final Logger log = LoggerFactory.getLogger(Reassembler.class);

    private final EnrichConfig config;
    private ProcessorContext<String, EnrichedArticle> context;
    private KeyValueStore<String, Gathering> gatherings;
    private KeyValueStore<String, Body> bodies;

    Reassembler(EnrichConfig config) {
        this.config = config;
    }

    @Override
    public void init(ProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
        this.gatherings = context.getStateStore(EnrichTopology.GATHERINGS_STORE);
        this.bodies = context.getStateStore(EnrichTopology.BODIES_STORE);
        Expiry.schedule(context, gatherings, Gathering::touchedMs, config.revisionWindow(),
                config.sweepInterval(config.revisionWindow()), (articleId, gathering) -> bodies.delete(articleId));
    }

    @Override
    public void process(Record<String, DedupEvent> record) {
        String articleId = record.key();
        // a gathering is touched at the task's stream time, not at the record's time: a replay's
        // records keep its first ingestion time, which may lie further back than the revision
        // window, and the sweep, on the stream time that the articles read in this task drive
        // too, would take its gathering away before its verdicts came back (the stream time
        // includes the record being processed, so it is never behind the record's)
        long now = context.currentStreamTimeMs();
        Gathering current = gatherings.get(articleId);
        DedupEvent event = record.value();
        Gathering updated;
        if (event instanceof Revocations revocations) {
            updated = revise(articleId, current, revocations.verdicts(), now);
        } else if (event instanceof Verdict revocation) {
            updated = revise(articleId, current, List.of(revocation), now);
        } else {
            updated = gather(articleId, current, event, now);
        }
        if (updated == null) {
            return;
        }
        if (!updated.emitted() && updated.isComplete()) {
            emit(updated.assembly(bodyOf(articleId, updated)).toArticle());
            updated = updated.withEmitted(true);
        }
        if (updated.inlineBody() != null) { // written before bodies were stored apart: store it apart now
            bodies.put(articleId, updated.inlineBody());
            updated = updated.withoutInlineBody();
        }
        gatherings.put(articleId, updated);
    }

    private Gathering gather(String articleId, Gathering current, DedupEvent event, long now) {
        Gathering at = current;
        if (at == null || at.pass() < event.pass()) {
            at = Gathering.start(event.pass(), now);
        } else if (at.pass() > event.pass()) {
            log.debug("Ignoring a stale event of article {} from pass {} (now at {})", articleId, event.pass(), at.pass());
            return null;
        }
        if (event instanceof Body body) {
            return arrived(articleId, at, body, now);
        }
        Verdicts batch = (Verdicts) event;
        if (batch.body() != null) {
            at = arrived(articleId, at, batch.body(), now);
        }
        return at.with(batch, now);
    }

    private Gathering arrived(String articleId, Gathering at, Body body, long now) {
        bodies.put(articleId, body);
        return at.withBody(body, now);
    }

    /** The body of the gathering's pass, which has arrived. */
    private Body bodyOf(String articleId, Gathering gathering) {
        if (gathering.inlineBody() != null) {
            return gathering.inlineBody();
        }
        Body body = bodies.get(articleId);
        if (body == null || body.pass() != gathering.pass()) {
            throw new IllegalStateException("article " + articleId + " has no stored body of pass " + gathering.pass()
                    + " (" + (body == null ? "none" : "one of pass " + body.pass()) + ")");
        }
        return body;
    }

    private Gathering revise(String articleId, Gathering current, List<Verdict> revocations, long now) {
        if (current == null) {
            log.warn("Article {} lost paragraphs {} after its revision window; its published record keeps them",
                    articleId, revocations.stream().map(Verdict::claimKey).toList());
            return null;
        }
        Gathering revised = current;
        for (Verdict revocation : revocations) {
            revised = revised.withRevoked(revocation, now);
        }
        if (current.emitted() && current.isComplete()) {
            Body body = bodyOf(articleId, current);
            ArticleRoles roles = current.assembly(body).roles(); // a revocation takes paragraphs, never roles
            EnrichedArticle after = revised.assembly(body).toArticle(roles);
            if (!after.equals(current.assembly(body).toArticle(roles))) {
                emit(after); // built already for the comparison: not read and assembled again to be emitted
            }
            return revised; // else the paragraphs were duplicates already: nothing to publish again
        }
        return revised.withEmitted(false);
    }

    private void emit(EnrichedArticle article) {
        context.forward(new Record<>(article.id(), article, article.ingestedAt().toEpochMilli()));
    }
}
