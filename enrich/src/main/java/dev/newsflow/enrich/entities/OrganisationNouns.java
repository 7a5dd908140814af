package dev.newsflow.enrich.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A name that follows a noun saying what kind of organisation it is, is an organisation, whatever
 * type the model gave it: "der Spielzeughersteller Mattel", "des Technologie-Konzerns Kyocera"
 * (not a place), "die Rockband Fold Zandura" (not a person), "die Fluggesellschaft Air One", "der
 * Literaturzeitschrift „Eckart“". The noun may be a compound ("Chemiekonzern") and in the genitive
 * ("Konzerns"); a quotation mark may stand between noun and name. Names the knowledge base knows
 * keep their type, and so do derived words and compounds.
 */
final class OrganisationNouns implements ChunkRule {

    /** Last parts of nouns for kinds of organisation, lower case. */
    private static final List<String> NOUNS = List.of(
            "konzern", "hersteller", "fluggesellschaft", "reederei", "unternehmen", "firma", "bankhaus",
            "rockband", "popband", "punkband", "metalband", "verlag", "verein", "partei", "club", "klub",
            "sender", "label", "team", "mannschaft", "agentur", "institut", "zeitung", "zeitschrift",
            "magazin", "fluglinie", "airline", "kette", "filmproduktion", "versicherer", "anbieter", "holding",
            "brauerei", "gewerkschaft", "stiftung");
    private static final Set<String> OPENING_QUOTES = Set.of("\"", "„", "“", "»", "«", "'", "‚");

    @Override
    public String name() {
        return "organisation-nouns";
    }

    @Override
    public List<Chunk> apply(Sentence sentence, List<Chunk> chunks) {
        List<Chunk> result = chunks;
        for (Chunk chunk : chunks) {
            if (chunk.entity() != null || chunk.form() != Form.NAME || EntityTypes.ORG.equals(chunk.type())) {
                continue;
            }
            int before = chunk.from() - 1;
            if (before >= 0 && OPENING_QUOTES.contains(sentence.token(before).text())) {
                before--;
            }
            if (before >= 0 && Chunks.at(chunks, before) == null && namesAnOrganisation(sentence.token(before))) {
                result = Chunks.replace(result, List.of(chunk), List.of(chunk.withType(EntityTypes.ORG)));
            }
        }
        return result;
    }

    /** "Konzern", "Chemiekonzerns", "Technologie-Konzerns", "Spielzeughersteller". */
    static boolean namesAnOrganisation(Token token) {
        if (!token.isCapitalised()) {
            return false;
        }
        String word = token.text().toLowerCase(Locale.GERMAN);
        for (String noun : NOUNS) {
            if (word.endsWith(noun) || word.endsWith(noun + "s") || word.endsWith(noun + "es")) {
                return true;
            }
        }
        return false;
    }
}
