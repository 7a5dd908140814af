package dev.newsflow.model;

/**
 * A named-entity mention inside one paragraph; {@code start}/{@code end} are character offsets
 * into that paragraph's text. {@code entity} is the canonical id the mention links to.
 */
public record Mention(String text, int start, int end, String type, String entity) {}
