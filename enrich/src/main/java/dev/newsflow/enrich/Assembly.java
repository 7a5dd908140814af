package dev.newsflow.enrich;

import dev.newsflow.enrich.DedupEvent.Body;
import dev.newsflow.enrich.DedupEvent.Outcome;
import dev.newsflow.enrich.DedupEvent.Segment;
import dev.newsflow.enrich.DedupEvent.Verdict;
import dev.newsflow.model.Duplicate;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Paragraph;
import dev.newsflow.model.ParagraphRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One article being gathered: its body and the verdicts on its paragraphs as they arrive, in
 * any order, from the partitions that decided them.
 *
 * @param verdicts by fingerprint
 * @param revoked paragraphs this article was told it owns that now belong to an earlier
 *     article, by fingerprint, with where that article has them
 * @param emitted whether the article has been published in its current state
 * @param touchedMs stream time of the last change (for expiry)
 */
record Assembly(long pass, Body body, Map<String, Verdict> verdicts, Map<String, ParagraphRef> revoked,
                boolean emitted, long touchedMs) {

    static Assembly start(long pass, long nowMs) {
        return new Assembly(pass, null, new TreeMap<>(), new TreeMap<>(), false, nowMs);
    }

    Assembly withBody(Body newBody, long nowMs) {
        return new Assembly(pass, newBody, verdicts, revoked, emitted, nowMs);
    }

    Assembly withVerdict(Verdict verdict, long nowMs) {
        Map<String, Verdict> more = new TreeMap<>(verdicts);
        more.put(verdict.fingerprint(), verdict);
        return new Assembly(pass, body, more, revoked, emitted, nowMs);
    }

    Assembly withRevoked(String fingerprint, ParagraphRef nowAt, long nowMs) {
        Map<String, ParagraphRef> more = new TreeMap<>(revoked);
        more.put(fingerprint, nowAt);
        return new Assembly(pass, body, verdicts, more, false, nowMs);
    }

    Assembly asEmitted() {
        return new Assembly(pass, body, verdicts, revoked, true, touchedMs);
    }

    boolean isComplete() {
        return body != null && verdicts.size() == body.claims();
    }

    boolean owns(String fingerprint) {
        Verdict verdict = verdicts.get(fingerprint);
        return verdict != null && verdict.outcome() == Outcome.OWNED && !revoked.containsKey(fingerprint);
    }

    /** The article as dedup leaves it: kept paragraphs without mentions yet, and the duplicates. */
    EnrichedArticle toArticle() {
        List<Paragraph> kept = new ArrayList<>();
        List<Duplicate> duplicates = new ArrayList<>();
        for (Segment segment : body.segments()) {
            ParagraphRef firstSeen = firstSeen(segment);
            if (firstSeen == null) {
                kept.add(new Paragraph(segment.index(), segment.text(), segment.fingerprint(), List.of()));
            } else {
                duplicates.add(new Duplicate(segment.index(), segment.fingerprint(), Duplicate.EXACT, firstSeen));
            }
        }
        return new EnrichedArticle(EnrichedArticle.SCHEMA, body.articleId(), body.source(), body.title(),
                body.publishedAt(), body.ingestedAt(), kept, duplicates, List.of());
    }

    /** Where a paragraph was first seen, or null if this article owns it. */
    private ParagraphRef firstSeen(Segment segment) {
        String fingerprint = segment.fingerprint();
        if (owns(fingerprint)) {
            return segment.repeatOf() == null ? null : new ParagraphRef(body.articleId(), segment.repeatOf());
        }
        ParagraphRef elsewhere = revoked.get(fingerprint);
        return elsewhere != null ? elsewhere : verdicts.get(fingerprint).duplicateOf();
    }
}
