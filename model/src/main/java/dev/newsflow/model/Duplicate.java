package dev.newsflow.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A dropped paragraph. {@code match} is {@link #EXACT} (the same text after normalisation) or
 * {@link #NEAR}; {@code similarity} is, for a near copy, the Jaccard similarity of the word
 * pairs (1.0 for a paragraph wholly contained in the one it points at), null for an exact one.
 * {@code duplicateOf} points at the paragraph it repeats. {@code role} is what the paragraph is on
 * its page, as for a kept {@link Paragraph}: a menu line repeated across articles is a duplicate
 * and boilerplate.
 */
@JsonPropertyOrder({"index", "role", "fingerprint", "match", "similarity", "duplicateOf"})
public record Duplicate(int index, String fingerprint, String match, Double similarity, ParagraphRef duplicateOf,
                        String role) {

    public static final String EXACT = "exact";
    public static final String NEAR = "near";
}
