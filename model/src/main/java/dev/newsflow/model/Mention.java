package dev.newsflow.model;

/**
 * A named-entity mention inside one paragraph; {@code start}/{@code end} are character offsets
 * into that paragraph's text. {@code entity} is the canonical id the mention links to.
 *
 * <p>{@code derived} is true where the mention is a word formed from the entity's name rather
 * than the name itself: an adjective or an inhabitants' name ("nordkoreanischen", "Nordkoreaner"
 * → Nordkorea, type LOC) or a compound ("Nato-Gipfel" → Nato). Analysts who want every article
 * about a country keep them; those who want names only drop them.
 */
public record Mention(String text, int start, int end, String type, String entity, boolean derived) {}
