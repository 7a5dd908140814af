package dev.newsflow.model;

/**
 * A dropped paragraph. {@code match} is {@link #EXACT} (the same text after normalisation) or
 * {@link #NEAR}; {@code similarity} is, for a near copy, the Jaccard similarity of the word
 * pairs (1.0 for a paragraph wholly contained in the one it points at), null for an exact one.
 * {@code duplicateOf} points at the paragraph it repeats.
 */
public record Duplicate(int index, String fingerprint, String match, Double similarity, ParagraphRef duplicateOf) {

    public static final String EXACT = "exact";
    public static final String NEAR = "near";
}
