package dev.newsflow.enrich;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.newsflow.enrich.near.Shingles;
import dev.newsflow.enrich.roles.Role;
import dev.newsflow.model.Markup;
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
 * <p>The unit of every write is the batch, not the paragraph: an article's claims travel as one
 * record per {@link ClaimPartitions partition} of the deciding stage, are stored there as one
 * value, and come back as one record of verdicts; the article's body rides in one of its
 * batches. A long paragraph makes 9 claims, and one Kafka record (and one store entry) per claim
 * made a 1,000-word article about 420 records inside Kafka, whose per-record cost was most of
 * dedup's time (docs/benchmarks.md).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = DedupEvent.Body.class, name = "body"),
    @JsonSubTypes.Type(value = DedupEvent.Claims.class, name = "claims"),
    @JsonSubTypes.Type(value = DedupEvent.Verdicts.class, name = "verdicts"),
    @JsonSubTypes.Type(value = DedupEvent.Verdict.class, name = "verdict"),
    @JsonSubTypes.Type(value = DedupEvent.Revocations.class, name = "revocations")
})
public sealed interface DedupEvent permits DedupEvent.Body, DedupEvent.Claims, DedupEvent.Verdicts,
        DedupEvent.Verdict, DedupEvent.Revocations {

    /** Compact binary on the repartition topics; JSON written by earlier versions is still read. */
    Serde<DedupEvent> SERDE = InternalSerdes.EVENTS;

    String articleId();

    /**
     * Identifies one pass of an article through the topology (the input offset), so that the
     * verdicts of a replay are never mixed with those of an earlier pass.
     */
    long pass();

    /**
     * The segmented article. {@code claims} is the number of claim batches sent for a verdict, or
     * -1 where the batches say it; the article is complete when its body and that many batches of
     * verdicts have arrived. {@code contentType} is the article's, which tells the gather whether
     * the title came with the article or is its first line (null in a body written before it
     * was carried). {@code roles} are the roles of the segments, by index, decided once where the
     * article is segmented (null in a body written before bodies carried them: the gather decides them).
     * {@code markup} is what a web page's markup says of each segment, by index (null entries where
     * it says nothing; null for an article without markup and in a body written before it was
     * carried): the gather decides the roles again, with the markup, where some of the article's
     * lines turn out to recur across its site ({@link Recurrence}).
     */
    record Body(String articleId, long pass, String source, String title, Instant publishedAt,
                Instant ingestedAt, List<Segment> segments, int claims, String contentType, List<Role> roles,
                List<Markup> markup)
            implements DedupEvent {

        /** A body whose roles are not known: the gather decides them. */
        public Body(String articleId, long pass, String source, String title, Instant publishedAt, Instant ingestedAt,
                    List<Segment> segments, int claims, String contentType) {
            this(articleId, pass, source, title, publishedAt, ingestedAt, segments, claims, contentType, null, null);
        }

        /** A body without markup, as format 4 wrote them. */
        public Body(String articleId, long pass, String source, String title, Instant publishedAt, Instant ingestedAt,
                    List<Segment> segments, int claims, String contentType, List<Role> roles) {
            this(articleId, pass, source, title, publishedAt, ingestedAt, segments, claims, contentType, roles, null);
        }

        Body withClaims(int count) {
            return new Body(articleId, pass, source, title, publishedAt, ingestedAt, segments, count, contentType, roles,
                    markup);
        }
    }

    /**
     * One paragraph as segmented. {@code repeatOf} is the index of another paragraph of the same
     * article that this one repeats (exactly or nearly, as {@code match} says), or null.
     * {@code sentences} are the keys of its sentences that carry news ({@link Sentences}), each
     * once, in order: the gather finds with them a paragraph all of whose sentences were seen before.
     */
    record Segment(int index, String text, String fingerprint, Integer repeatOf, String match, Double similarity,
                   List<String> sentences) {

        public Segment {
            sentences = sentences == null ? List.of() : sentences; // a segment written before sentences were kept
        }

        /** A segment as written before sentences were kept: none known. */
        Segment(int index, String text, String fingerprint, Integer repeatOf, String match, Double similarity) {
            this(index, text, fingerprint, repeatOf, match, similarity, List.of());
        }

        static Segment distinct(int index, String text, String fingerprint, List<String> sentences) {
            return new Segment(index, text, fingerprint, null, null, null, sentences);
        }

        static Segment distinct(int index, String text, String fingerprint) {
            return distinct(index, text, fingerprint, List.of());
        }

        Segment repeating(int of, String how, Double similar) {
            return new Segment(index, text, fingerprint, of, how, similar, sentences);
        }

        @JsonIgnore
        boolean isRepeat() {
            return repeatOf != null;
        }
    }

    /**
     * The claims of one article whose keys fall on one partition of the deciding stage: the batch
     * that is sent, stored and answered as one. {@code group} is that partition, of
     * {@code partitions}; {@code batches} is how many batches the article sent in this pass (0
     * where not known: a batch of an earlier version). {@code body} is the article's body, carried
     * by one of its batches to the gather, and never stored. {@code verdicts} is empty.
     * {@code sentences} are the claims on the keys of sentences that carry news ({@link Sentences}),
     * each the key and the first paragraph that has it; empty in a batch written before them.
     * {@code recurring} are the claims on the {@linkplain Recurrence#key keys of the article's short
     * lines on its site}, each the key and the paragraph: they count the articles of a site that
     * have a line; empty for an article without a site and in a batch written before them.
     */
    record Claims(String articleId, long pass, Instant ingestedAt, int group, List<Claim> exact,
                  List<BandClaim> near, List<Verdict> verdicts, int partitions, int batches, Body body,
                  List<Claim> sentences, List<Claim> recurring)
            implements DedupEvent {

        public Claims {
            sentences = sentences == null ? List.of() : sentences; // a batch written before sentences were claimed
            recurring = recurring == null ? List.of() : recurring; // a batch written before recurring lines were counted
        }

        /** A batch without claims on recurring lines. */
        public Claims(String articleId, long pass, Instant ingestedAt, int group, List<Claim> exact, List<BandClaim> near,
                      List<Verdict> verdicts, int partitions, int batches, Body body, List<Claim> sentences) {
            this(articleId, pass, ingestedAt, group, exact, near, verdicts, partitions, batches, body, sentences, List.of());
        }

        /** A batch without sentence claims. */
        public Claims(String articleId, long pass, Instant ingestedAt, int group, List<Claim> exact, List<BandClaim> near,
                      List<Verdict> verdicts, int partitions, int batches, Body body) {
            this(articleId, pass, ingestedAt, group, exact, near, verdicts, partitions, batches, body, List.of());
        }

        /** A batch with nothing known of partitions, batches or body: as the previous layout made them. */
        public Claims(String articleId, long pass, Instant ingestedAt, int group, List<Claim> exact, List<BandClaim> near,
                      List<Verdict> verdicts) {
            this(articleId, pass, ingestedAt, group, exact, near, verdicts, 0, 0, null);
        }

        Claims with(int count, Body carried) {
            return new Claims(articleId, pass, ingestedAt, group, exact, near, verdicts, partitions, count, carried,
                    sentences, recurring);
        }

        @JsonIgnore
        boolean isEmpty() {
            return exact.isEmpty() && near.isEmpty() && sentences.isEmpty() && recurring.isEmpty();
        }

        /** The batch as the deciding stage stores it: without the body it carried. */
        Claims withoutBody() {
            return body == null ? this : with(batches, null);
        }
    }

    /**
     * The verdicts on one batch of claims, back on the article's partition: only those that are
     * not {@link Outcome#OWNED}, since owning is what a paragraph does unless told otherwise.
     * {@code batches} is how many batches of verdicts the article waits for in this pass (0 where
     * its body says); {@code body} is the article's body where this batch carried it, else null.
     */
    record Verdicts(String articleId, long pass, List<Verdict> verdicts, int batches, Body body) implements DedupEvent {

        public Verdicts(String articleId, long pass, List<Verdict> verdicts) {
            this(articleId, pass, verdicts, 0, null);
        }
    }

    /**
     * What one batch took from one earlier-decided article: the paragraphs it was told it owns
     * that belong to an earlier article now, each a {@link Outcome#REVOKED} verdict. One record
     * per batch and article revoked, whatever the number of paragraphs.
     */
    record Revocations(String articleId, List<Verdict> verdicts) implements DedupEvent {

        @Override
        public long pass() {
            return -1;
        }
    }

    /**
     * A paragraph's bid to be owned by its article, ranked by the batch's (ingestedAt, articleId);
     * the article, pass and time are the batch's. {@code fingerprint} is the key claimed: the
     * paragraph's fingerprint, or for a sentence claim the sentence's key.
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
     * {@link Outcome#RECURS} says that a line of the article recurs across its site: {@code
     * fingerprint} is the claim's {@linkplain Recurrence#key key} and {@code duplicateOf} the
     * article's own paragraph that has the line (it duplicates nothing).
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

        /** That the line of an article's paragraph recurs in other articles of its site. */
        static Verdict recurs(String articleId, long pass, String key, int index) {
            return new Verdict(articleId, pass, key, null, Outcome.RECURS, new ParagraphRef(articleId, index), null, null);
        }
    }

    /**
     * What a claim comes to. The ordinal is part of the internal format: values are only ever
     * added at the end. {@link #RECURS} is the answer to a claim on a recurring line, never to a
     * claim on a paragraph or sentence: a release before it cannot read it (format 5).
     */
    enum Outcome { OWNED, DUPLICATE, REVOKED, RECURS }
}
