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
 * @param lat the latitude of its point on a map, in degrees north; null where it has none
 * @param lon the longitude of its point, in degrees east; null exactly where {@code lat} is
 */
public record KnownEntity(String id, String name, String type, List<String> aliases, List<String> adjectives,
                          List<String> inhabitants, List<String> ambiguousAliases, Double lat, Double lon) {

    public KnownEntity {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        adjectives = adjectives == null ? List.of() : List.copyOf(adjectives);
        inhabitants = inhabitants == null ? List.of() : List.copyOf(inhabitants);
        ambiguousAliases = ambiguousAliases == null ? List.of() : List.copyOf(ambiguousAliases);
    }

    public KnownEntity(String id, String name, String type, List<String> aliases) {
        this(id, name, type, aliases, List.of(), List.of(), List.of(), null, null);
    }

    /** The same entity at that point. */
    public KnownEntity at(double lat, double lon) {
        return new KnownEntity(id, name, type, aliases, adjectives, inhabitants, ambiguousAliases, lat, lon);
    }

    /** What is wrong with its point, or null where it has a valid one or none. */
    String pointProblem() {
        if ((lat == null) != (lon == null)) {
            return "lat and lon go together, got only " + (lat == null ? "lon" : "lat");
        }
        if (lat != null && !(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
            return "lat must be within -90..90 and lon within -180..180 (degrees), got " + lat + ", " + lon;
        }
        return null;
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
