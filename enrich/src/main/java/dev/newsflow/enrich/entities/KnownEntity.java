package dev.newsflow.enrich.entities;

import java.util.List;

/**
 * A canonical entity of the knowledge base.
 *
 * @param type PER, LOC, ORG or MISC
 * @param aliases other names and forms that refer to it ("Kim Jong-un", "Selensky", "Vereinten
 *     Nationen"); a genitive -s needs no entry of its own
 * @param adjectives stems of adjectives derived from it ("nordkoreanisch"), matched with any
 *     German inflection ending and after prefixes such as exil-, inner-, pro-
 * @param inhabitants its inhabitants' names ("Nordkoreaner", "Russe", "Russin"); plural, dative
 *     and feminine forms of "-er", "-e" and "-in" words are added
 * @param ambiguousAliases names that are also everyday words ("Zeit", "Welt", "Essen"): they link
 *     a mention the recogniser found, but are never looked for in text
 */
public record KnownEntity(String id, String name, String type, List<String> aliases, List<String> adjectives,
                          List<String> inhabitants, List<String> ambiguousAliases) {

    public KnownEntity {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        adjectives = adjectives == null ? List.of() : List.copyOf(adjectives);
        inhabitants = inhabitants == null ? List.of() : List.copyOf(inhabitants);
        ambiguousAliases = ambiguousAliases == null ? List.of() : List.copyOf(ambiguousAliases);
    }

    public KnownEntity(String id, String name, String type, List<String> aliases) {
        this(id, name, type, aliases, List.of(), List.of(), List.of());
    }

    /** The name and the aliases that may be looked for in text: not those that are also everyday words. */
    List<String> findableNames() {
        List<String> names = new java.util.ArrayList<>(aliases.size() + 1);
        if (!ambiguousAliases.contains(name)) {
            names.add(name);
        }
        names.addAll(aliases);
        return names;
    }
}
