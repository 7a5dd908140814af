package dev.newsflow.enrich;

import dev.newsflow.enrich.DedupEvent.Body;
import dev.newsflow.enrich.DedupEvent.Verdict;
import dev.newsflow.enrich.DedupEvent.Verdicts;
import dev.newsflow.model.EnrichedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gathers an article back together on the partition of its id: waits for its body and the
 * verdicts on every batch of claims it made, then emits it once. If a paragraph it owns is later revoked
 * (an earlier article sharing it was decided after it), the article is emitted again with that
 * paragraph as a duplicate, so the latest record per article id is always right.
 *
 * <p>The body and each verdict are stored as parts of their own and the progress apart from
 * them, so that a verdict costs a small write, not a rewrite of the whole article.
 */
final class Reassembler implements Processor<String, DedupEvent, String, EnrichedArticle> {

    private static final Logger log = LoggerFactory.getLogger(Reassembler.class);

    private final EnrichConfig config;
    private ProcessorContext<String, EnrichedArticle> context;
    private KeyValueStore<String, Progress> progress;
    private KeyValueStore<String, ArticlePart> parts;

    Reassembler(EnrichConfig config) {
        this.config = config;
    }

    @Override
    public void init(ProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
        this.progress = context.getStateStore(EnrichTopology.ASSEMBLIES_STORE);
        this.parts = context.getStateStore(EnrichTopology.ARTICLE_PARTS_STORE);
        Expiry.schedule(context, progress, Progress::touchedMs, config.revisionWindow(),
                config.sweepInterval(config.revisionWindow()), (articleId, expired) -> forget(articleId, expired.pass()));
    }

    @Override
    public void process(Record<String, DedupEvent> record) {
        String articleId = record.key();
        long now = record.timestamp();
        Progress current = progress.get(articleId);
        DedupEvent event = record.value();
        Progress updated;
        if (event instanceof Verdict revocation) {
            updated = revise(articleId, current, revocation, now);
        } else {
            updated = gather(articleId, current, event, now);
        }
        if (updated == null) {
            return;
        }
        if (!updated.emitted() && updated.isComplete()) {
            emit(assemble(articleId, updated));
            updated = updated.withEmitted(true);
        }
        progress.put(articleId, updated);
    }

    private Progress gather(String articleId, Progress current, DedupEvent event, long now) {
        Progress at = current;
        if (at == null || at.pass() < event.pass()) {
            if (at != null) {
                forget(articleId, at.pass());
            }
            at = Progress.start(event.pass(), now);
        } else if (at.pass() > event.pass()) {
            log.debug("Ignoring a stale event of article {} from pass {} (now at {})", articleId, event.pass(), at.pass());
            return null;
        }
        if (event instanceof Body body) {
            parts.put(ArticlePart.bodyKey(articleId, at.pass()), ArticlePart.of(body));
            return at.withClaims(body.claims(), now);
        }
        for (Verdict verdict : ((Verdicts) event).verdicts()) {
            parts.put(ArticlePart.verdictKey(articleId, at.pass(), verdict), ArticlePart.of(verdict));
        }
        return at.withOneMore(now);
    }

    private Progress revise(String articleId, Progress current, Verdict revocation, long now) {
        if (current == null) {
            log.warn("Article {} lost paragraph {} to {} after its revision window; its published record keeps it",
                    articleId, revocation.fingerprint(), revocation.duplicateOf());
            return null;
        }
        Progress revised = current.withRevoked(revocation, now);
        if (current.emitted() && current.isComplete()
                && assemble(articleId, revised).equals(assemble(articleId, current))) {
            return revised; // the paragraph was a duplicate already: nothing to publish again
        }
        return revised.withEmitted(false);
    }

    /** The article of the current pass, from its stored parts. */
    private EnrichedArticle assemble(String articleId, Progress at) {
        Body body = null;
        Map<String, Verdict> verdicts = new TreeMap<>();
        try (KeyValueIterator<String, ArticlePart> pass = parts.prefixScan(ArticlePart.prefix(articleId, at.pass()),
                Serdes.String().serializer())) {
            while (pass.hasNext()) {
                ArticlePart part = pass.next().value;
                if (part.body() != null) {
                    body = part.body();
                } else {
                    verdicts.put(part.verdict().claimKey(), part.verdict());
                }
            }
        }
        return new Assembly(body, verdicts, at.revoked()).toArticle();
    }

    /** Removes the parts of one pass of an article: replaced by a newer pass, or expired. */
    private void forget(String articleId, long pass) {
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, ArticlePart> old = parts.prefixScan(ArticlePart.prefix(articleId, pass),
                Serdes.String().serializer())) {
            old.forEachRemaining((KeyValue<String, ArticlePart> part) -> keys.add(part.key));
        }
        keys.forEach(parts::delete);
    }

    private void emit(EnrichedArticle article) {
        context.forward(new Record<>(article.id(), article, article.ingestedAt().toEpochMilli()));
    }
}
