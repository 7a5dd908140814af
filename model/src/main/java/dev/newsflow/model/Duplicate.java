package dev.newsflow.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A dropped paragraph. {@code match} is {@link #EXACT} (the same text after normalisation),
 * {@link #NEAR} or {@link #SENTENCES} (every sentence that carries news seen before: a paragraph
 * merged from others, or half of one split, re-broken by another outlet); {@code similarity} is,
 * for a near copy, the Jaccard similarity of the words (1.0 for a paragraph wholly contained in
 * the one it points at), null otherwise. {@code duplicateOf} points at the paragraph it repeats,
 * for {@link #SENTENCES} the one its first sentence came from. {@code role} is what the paragraph
 * is on its page, as for a kept {@link Paragraph}: a menu line repeated across articles is a
 * duplicate and boilerplate. {@code sentencesOf} lists, for {@link #SENTENCES} only (else null),
 * every paragraph its sentences came from, each once, in the order of its sentences.
 */
@JsonPropertyOrder({"index", "role", "fingerprint", "match", "similarity", "duplicateOf", "sentencesOf"})
public record Duplicate(int index, String fingerprint, String match, Double similarity, ParagraphRef duplicateOf,
                        String role, List<ParagraphRef> sentencesOf) {

    public static final String EXACT = "exact";
    public static final String NEAR = "near";
    /** Added within schema 1 (issue 16): a consumer that does not know it treats it as any other copy. */
    public static final String SENTENCES = "sentences";

    public Duplicate {
        sentencesOf = sentencesOf == null ? null : List.copyOf(sentencesOf);
    }

    /** An exact or near copy: it repeats one paragraph, so it lists no sources of sentences. */
    public Duplicate(int index, String fingerprint, String match, Double similarity, ParagraphRef duplicateOf,
                     String role) {
        this(index, fingerprint, match, similarity, duplicateOf, role, null);
    }
}
