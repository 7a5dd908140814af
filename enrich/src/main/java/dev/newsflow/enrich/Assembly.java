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
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One article gathered: its body and the verdicts on its claims, read back from the store once
 * they are all in, and what revocations took from it since.
 *
 * @param verdicts by claim key (fingerprint, or fingerprint and band); only those that are not
 *     {@link Outcome#OWNED}: a claim without one here is owned; and the lines that recur across the
 *     article's site ({@link Outcome#RECURS})
 * @param revoked verdicts that took a paragraph from this article after it was told it owns it,
 *     by claim key
 */
record Assembly(Body body, Map<String, Verdict> verdicts, Map<String, Verdict> revoked) {

    /**
     * The article as dedup leaves it: kept paragraphs without mentions yet, and the duplicates,
     * each with its role.
     */
    EnrichedArticle toArticle() {
        return toArticle(roles());
    }

    /**
     * The roles of the article's paragraphs: those its body carries, or, where some of its lines
     * recur across its site, decided again with that fact. Revocations do not change them (they
     * take paragraphs, never lines), so an assembly before and after a revocation shares them.
     */
    ArticleRoles roles() {
        Set<Integer> recurring = new TreeSet<>();
        for (Verdict verdict : verdicts.values()) {
            if (verdict.outcome() == Outcome.RECURS && verdict.duplicateOf().index() < body.segments().size()) {
                recurring.add(verdict.duplicateOf().index());
            }
        }
        return ArticleRoles.of(body, recurring);
    }

    /** As {@link #toArticle()}, with the roles decided already. */
    EnrichedArticle toArticle(ArticleRoles roles) {
        List<Paragraph> kept = new ArrayList<>();
        List<Duplicate> duplicates = new ArrayList<>();
        for (Segment segment : body.segments()) {
            Optional<Duplicate> duplicate = duplicate(segment, roles);
            if (duplicate.isPresent()) {
                duplicates.add(duplicate.get());
            } else {
                kept.add(new Paragraph(segment.index(), segment.text(), segment.fingerprint(), List.of(),
                        roles.label(segment.index())));
            }
        }
        return new EnrichedArticle(EnrichedArticle.SCHEMA, body.articleId(), body.source(), roles.title(),
                body.publishedAt(), body.ingestedAt(), kept, duplicates, List.of());
    }

    /** What a paragraph duplicates, if anything: exact copies first, then the best near copy, then its sentences. */
    private Optional<Duplicate> duplicate(Segment segment, ArticleRoles roles) {
        String role = roles.label(segment.index());
        if (segment.isRepeat()) {
            Segment target = body.segments().get(segment.repeatOf());
            Optional<Duplicate> elsewhere = duplicate(target, roles);
            ParagraphRef ref = elsewhere.map(Duplicate::duplicateOf)
                    .orElse(new ParagraphRef(body.articleId(), target.index()));
            return Optional.of(new Duplicate(segment.index(), segment.fingerprint(), segment.match(),
                    segment.similarity(), ref, role));
        }
        String fingerprint = segment.fingerprint();
        Verdict exact = revoked.getOrDefault(fingerprint, verdicts.get(fingerprint));
        if (exact != null && exact.outcome() != Outcome.OWNED) {
            return Optional.of(new Duplicate(segment.index(), fingerprint, Duplicate.EXACT, null, exact.duplicateOf(), role));
        }
        return nearVerdicts(fingerprint).min(Verdict.FIRST_ORIGINAL)
                .map(near -> new Duplicate(segment.index(), fingerprint, Duplicate.NEAR, near.similarity(),
                        near.duplicateOf(), role))
                .or(() -> SentenceCopies.of(segment, role, body, verdicts, revoked));
    }

    private java.util.stream.Stream<Verdict> nearVerdicts(String fingerprint) {
        String prefix = fingerprint + "/";
        return java.util.stream.Stream.concat(withPrefix(verdicts, prefix), withPrefix(revoked, prefix))
                .filter(v -> v.isNear() && v.outcome() != Outcome.OWNED);
    }

    /** The verdicts whose claim keys start with the prefix: a range of a sorted map, else a search of it. */
    private static java.util.stream.Stream<Verdict> withPrefix(Map<String, Verdict> byClaimKey, String prefix) {
        if (byClaimKey instanceof java.util.NavigableMap<String, Verdict> sorted) {
            return sorted.subMap(prefix, true, prefix + Character.MAX_VALUE, false).values().stream();
        }
        return byClaimKey.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue);
    }
}
