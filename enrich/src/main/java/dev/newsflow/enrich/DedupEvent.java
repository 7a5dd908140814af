package dev.newsflow.enrich;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.newsflow.enrich.near.Shingles;
import dev.newsflow.model.ParagraphRef;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;

/**
 * What travels between the dedup stages: the article body, the claims on its paragraphs (one
 * per distinct fingerprint, one per similarity band) in batches, the verdicts on them, and the
 * revocations. One type, so that the scatter and gather topics carry all of them in order.
 *
 * <p>Claims travel in batches, one per article and {@link ClaimGroups group} of keys, because a
 * long paragraph makes 9 claims (13 before): one Kafka record each made a 1,000-word article about 1,300
 * records on the two repartition topics, and their per-record cost was most of dedup's time
 * (docs/benchmarks.md).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = DedupEvent.Body.class, name = "body"),
    @JsonSubTypes.Type(value = DedupEvent.Claims.class, name = "claims"),
    @JsonSubTypes.Type(value = DedupEvent.Verdicts.class, name = "verdicts"),
    @JsonSubTypes.Type(value = DedupEvent.Verdict.class, name = "verdict")
})
public sealed interface DedupEvent permits DedupEvent.Body, DedupEvent.Claims, DedupEvent.Verdicts,
        DedupEvent.Verdict {

    /** Compact binary on the repartition topics; JSON written by earlier versions is still read. */
    Serde<DedupEvent> SERDE = InternalSerdes.EVENTS;

    String articleId();

    /**
     * Identifies one pass of an article through the topology (the input offset), so that the
     * verdicts of a replay are never mixed with those of an earlier pass.
     */
    long pass();

    /**
     * The segmented article. {@code claims} is the number of claim batches sent for a verdict;
     * the article is complete when that many batches of verdicts have arrived.
     */
    record Body(String articleId, long pass, String source, String title, Instant publishedAt,
                Instant ingestedAt, List<Segment> segments, int claims) implements DedupEvent {}

    /**
     * One paragraph as segmented. {@code repeatOf} is the index of another paragraph of the same
     * article that this one repeats (exactly or nearly, as {@code match} says), or null.
     */
    record Segment(int index, String text, String fingerprint, Integer repeatOf, String match, Double similarity) {

        static Segment distinct(int index, String text, String fingerprint) {
            return new Segment(index, text, fingerprint, null, null, null);
        }

        Segment repeating(int of, String how, Double similar) {
            return new Segment(index, text, fingerprint, of, how, similar);
        }

        @JsonIgnore
        boolean isRepeat() {
            return repeatOf != null;
        }
    }

    /**
     * The claims of one article whose keys fall in one group, decided on the group's partition.
     * {@code verdicts} gathers the decisions on the way (exact first, then near) that are not
     * {@link Outcome#OWNED}; it is empty on the topic.
     */
    record Claims(String articleId, long pass, Instant ingestedAt, int group, List<Claim> exact,
                  List<BandClaim> near, List<Verdict> verdicts) implements DedupEvent {

        Claims withVerdicts(List<Verdict> decided) {
            return new Claims(articleId, pass, ingestedAt, group, exact, near, decided);
        }
    }

    /**
     * The verdicts on one batch of claims, back on the article's partition: only those that are
     * not {@link Outcome#OWNED}, since owning is what a paragraph does unless told otherwise.
     */
    record Verdicts(String articleId, long pass, List<Verdict> verdicts) implements DedupEvent {}

    /**
     * A paragraph's bid to be owned by its article, ranked by the batch's (ingestedAt, articleId);
     * the article, pass and time are the batch's.
     */
    record Claim(int index, String fingerprint) {}

    /**
     * A paragraph looking for near copies among those that share one of its similarity bands.
     * It carries its shingles, because the candidates are verified where the band is stored.
     */
    record BandClaim(int index, String fingerprint, String band, Shingles shingles) {}

    /**
     * The answer to a claim, or on its own a revocation. For a band claim ({@code band} not null), {@link Outcome#OWNED}
     * means no earlier near copy was found there. {@link Outcome#REVOKED} tells an article that
     * a paragraph it was told it owns now belongs to an earlier article. {@code originalAt} is
     * when the paragraph it duplicates was ingested, so that of several the first can be named.
     */
    record Verdict(String articleId, long pass, String fingerprint, String band, Outcome outcome,
                   ParagraphRef duplicateOf, Double similarity, Instant originalAt) implements DedupEvent {

        /** Of several paragraphs a paragraph copies, the first in {@link CopyOrder} is named. */
        static final Comparator<Verdict> FIRST_ORIGINAL = (a, b) -> CopyOrder.compare(
                a.originalAt(), a.duplicateOf().articleId(), a.duplicateOf().index(),
                b.originalAt(), b.duplicateOf().articleId(), b.duplicateOf().index());

        /** Exact verdicts and band verdicts of one paragraph are told apart by this key. */
        @JsonIgnore
        String claimKey() {
            return band == null ? fingerprint : fingerprint + "/" + band;
        }

        @JsonIgnore
        boolean isNear() {
            return band != null;
        }
    }

    enum Outcome { OWNED, DUPLICATE, REVOKED }
}
