package dev.newsflow.enrich;

import dev.newsflow.enrich.DedupEvent.Body;
import dev.newsflow.enrich.DedupEvent.Outcome;
import dev.newsflow.enrich.DedupEvent.Verdict;
import dev.newsflow.model.EnrichedArticle;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gathers an article back together on the partition of its id: waits for its body and a
 * verdict on every paragraph it claimed, then emits it once. If a paragraph it owns is later
 * revoked (an earlier article sharing it was decided after it), the article is emitted again
 * with that paragraph as a duplicate, so the latest record per article id is always right.
 */
final class Reassembler implements Processor<String, DedupEvent, String, EnrichedArticle> {

    private static final Logger log = LoggerFactory.getLogger(Reassembler.class);

    private final EnrichConfig config;
    private ProcessorContext<String, EnrichedArticle> context;
    private KeyValueStore<String, Assembly> assemblies;

    Reassembler(EnrichConfig config) {
        this.config = config;
    }

    @Override
    public void init(ProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
        this.assemblies = context.getStateStore(EnrichTopology.ASSEMBLIES_STORE);
        Expiry.schedule(context, assemblies, Assembly::touchedMs, config.revisionWindow(),
                config.sweepInterval(config.revisionWindow()));
    }

    @Override
    public void process(Record<String, DedupEvent> record) {
        String articleId = record.key();
        long now = record.timestamp();
        Assembly current = assemblies.get(articleId);
        DedupEvent event = record.value();
        Assembly updated;
        if (event instanceof Verdict verdict && verdict.outcome() == Outcome.REVOKED) {
            updated = revise(current, verdict, now);
        } else {
            updated = gather(current, event, now);
        }
        if (updated == null) {
            return;
        }
        if (!updated.emitted() && updated.isComplete()) {
            emit(updated);
            updated = updated.asEmitted();
        }
        assemblies.put(articleId, updated);
    }

    private Assembly gather(Assembly current, DedupEvent event, long now) {
        Assembly assembly = current;
        if (assembly == null || assembly.pass() < event.pass()) {
            assembly = Assembly.start(event.pass(), now);
        } else if (assembly.pass() > event.pass()) {
            log.debug("Ignoring a stale event of article {} from pass {} (now at {})",
                    event.articleId(), event.pass(), assembly.pass());
            return null;
        }
        return event instanceof Body body ? assembly.withBody(body, now)
                : assembly.withVerdict((Verdict) event, now);
    }

    private Assembly revise(Assembly current, Verdict revocation, long now) {
        if (current == null) {
            log.warn("Article {} lost paragraph {} to {} after its revision window; its published record keeps it",
                    revocation.articleId(), revocation.fingerprint(), revocation.duplicateOf());
            return null;
        }
        return current.withRevoked(revocation, now);
    }

    private void emit(Assembly assembly) {
        EnrichedArticle article = assembly.toArticle();
        context.forward(new Record<>(article.id(), article, article.ingestedAt().toEpochMilli()));
    }
}
