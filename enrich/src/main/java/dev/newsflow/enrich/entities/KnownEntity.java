package dev.newsflow.enrich.entities;

import java.util.List;

/**
 * A canonical entity of the knowledge base.
 *
 * @param aliases other names and forms that refer to it ("Kim Jong-un", "Selensky")
 * @param adjectives stems of adjectives derived from it ("nordkoreanisch"), matched with any
 *     German inflection ending
 */
public record KnownEntity(String id, String name, String type, List<String> aliases, List<String> adjectives) {

    public KnownEntity {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        adjectives = adjectives == null ? List.of() : List.copyOf(adjectives);
    }
}
