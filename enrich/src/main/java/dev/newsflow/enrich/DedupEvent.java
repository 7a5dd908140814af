package dev.newsflow.enrich;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.newsflow.model.JsonSerde;
import dev.newsflow.model.ParagraphRef;
import java.time.Instant;
import java.util.List;

/**
 * What travels between the dedup stages: the article body, one claim per distinct paragraph,
 * and the verdicts on those claims. One type, so that the scatter and gather topics carry all
 * three in order.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = DedupEvent.Body.class, name = "body"),
    @JsonSubTypes.Type(value = DedupEvent.Claim.class, name = "claim"),
    @JsonSubTypes.Type(value = DedupEvent.Verdict.class, name = "verdict")
})
public sealed interface DedupEvent {

    JsonSerde<DedupEvent> SERDE = JsonSerde.of(DedupEvent.class);

    String articleId();

    /**
     * Identifies one pass of an article through the topology (the input offset), so that the
     * verdicts of a replay are never mixed with those of an earlier pass.
     */
    long pass();

    /**
     * The segmented article. {@code claims} is the number of distinct paragraphs sent for a
     * verdict; the article is complete when that many verdicts have arrived.
     */
    record Body(String articleId, long pass, String source, String title, Instant publishedAt,
                Instant ingestedAt, List<Segment> segments, int claims) implements DedupEvent {}

    /**
     * One paragraph as segmented. {@code repeatOf} is the index of an earlier paragraph of the
     * same article with the same fingerprint, or null.
     */
    record Segment(int index, String text, String fingerprint, Integer repeatOf) {}

    /** An article's bid to own a paragraph, ranked by (ingestedAt, articleId). */
    record Claim(String articleId, long pass, int index, String fingerprint, Instant ingestedAt)
            implements DedupEvent {}

    /**
     * The answer to a claim. {@link Outcome#REVOKED} tells an article that a paragraph it was
     * told it owns now belongs to an earlier article.
     */
    record Verdict(String articleId, long pass, String fingerprint, Outcome outcome,
                   ParagraphRef duplicateOf) implements DedupEvent {}

    enum Outcome { OWNED, DUPLICATE, REVOKED }
}
