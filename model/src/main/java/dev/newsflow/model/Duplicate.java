package dev.newsflow.model;

/**
 * A dropped paragraph. {@code match} is {@link #EXACT} or {@link #NEAR}; {@code duplicateOf}
 * points at the paragraph it repeats.
 */
public record Duplicate(int index, String fingerprint, String match, ParagraphRef duplicateOf) {

    public static final String EXACT = "exact";
    public static final String NEAR = "near";
}
