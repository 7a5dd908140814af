package dev.newsflow.enrich;

import dev.newsflow.enrich.DedupEvent.Body;
import dev.newsflow.enrich.DedupEvent.Outcome;
import dev.newsflow.enrich.DedupEvent.Segment;
import dev.newsflow.enrich.DedupEvent.Verdict;
import dev.newsflow.model.Duplicate;
import dev.newsflow.model.ParagraphRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Re-broken copies, found where the article is gathered: a paragraph every one of whose
 * sentences that carry news ({@link Sentences}) was seen before, in one paragraph or several, in
 * this article or earlier ones, is a duplicate ({@link Duplicate#SENTENCES}): two agency
 * paragraphs merged into one, one split into two, a formula added at the end. One new sentence of
 * that length keeps it. A paragraph with no such sentence is never one (a formula or a heading
 * says too little to be called a copy), nor is the article's title line, the article's own.
 *
 * <p>Where a sentence was before: the paragraph of an earlier article that owns its key, as the
 * verdict on the article's claim says (or a revocation since: the first copy by (ingestedAt,
 * article id, index) owns a sentence, as a fingerprint); else the first paragraph of this article
 * that has it, where that comes before this one. Exact and near copies are found first and take
 * precedence.
 */
final class SentenceCopies {

    private SentenceCopies() {}

    /**
     * The segment as a re-broken copy, if it is one.
     *
     * @param role the segment's role, which the duplicate carries
     * @param verdicts the verdicts on the article's claims that are not owned, by claim key
     * @param revoked the claims taken from the article since, by claim key
     */
    static Optional<Duplicate> of(Segment segment, String role, Body body, Map<String, Verdict> verdicts,
                                  Map<String, Verdict> revoked) {
        if (segment.sentences().isEmpty()) {
            return Optional.empty();
        }
        List<ParagraphRef> sources = new ArrayList<>(segment.sentences().size());
        for (String sentence : segment.sentences()) {
            ParagraphRef source = seenBefore(sentence, segment, body, verdicts, revoked);
            if (source == null) {
                return Optional.empty(); // a sentence of its own: news
            }
            sources.add(source);
        }
        if (isTitle(segment, body)) {
            return Optional.empty();
        }
        Set<ParagraphRef> distinct = new LinkedHashSet<>(sources);
        return Optional.of(new Duplicate(segment.index(), segment.fingerprint(), Duplicate.SENTENCES, null,
                sources.get(0), role, List.copyOf(distinct)));
    }

    /** Where the sentence was before this paragraph: an earlier article's paragraph, one before it here, or null. */
    private static ParagraphRef seenBefore(String sentence, Segment segment, Body body, Map<String, Verdict> verdicts,
                                           Map<String, Verdict> revoked) {
        Verdict elsewhere = revoked.getOrDefault(sentence, verdicts.get(sentence));
        if (elsewhere != null && elsewhere.outcome() != Outcome.OWNED) {
            return elsewhere.duplicateOf();
        }
        for (Segment before : body.segments()) {
            if (before.index() >= segment.index()) {
                return null;
            }
            if (before.sentences().contains(sentence)) {
                return new ParagraphRef(body.articleId(), before.index());
            }
        }
        return null;
    }

    /** The title line, as {@link RepeatsWithin} tells it: the paragraph whose text is the title's. */
    private static boolean isTitle(Segment segment, Body body) {
        return body.title() != null && Fingerprinter.normalise(body.title()).equals(Fingerprinter.normalise(segment.text()));
    }
}
