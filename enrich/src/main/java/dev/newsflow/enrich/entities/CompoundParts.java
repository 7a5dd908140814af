package dev.newsflow.enrich.entities;

import java.util.List;
import java.util.Set;

/**
 * Compounds that contain a known name: "Ukraine-Krieg", "Kreml-Chef", "HUR-Chef", "KN23-Raketen",
 * "Russlandreise". They are about the named entity, so they link to it, marked as derived
 * (GermEval 2014's -part classes); the compound as a whole is no name. A compound that is a known
 * name itself ("UN-Sicherheitsrat") was found as a name before this rule runs. Closed compounds
 * are taken only with places, whose names rarely begin everyday words ("Telekommunikation" is
 * no part of Telekom).
 */
final class CompoundParts implements ChunkRule {

    /** In a closed compound ("Kremlchef") the name must be this long, so that "Bern" finds no "Bernstein". */
    private static final int MIN_CLOSED_NAME = 5;
    /** Endings that make a name's inflection or derivation, not a compound: Russlands, Berliner. */
    private static final Set<String> NOT_A_HEAD = Set.of("s", "es", "er", "ern", "ers", "erin", "erinnen", "isch",
            "ische", "ischen", "ischer", "isches", "ischem", "ien", "ier", "iern", "e", "en", "n", "in", "innen");

    private final NameIndex names;

    CompoundParts(NameIndex names) {
        this.names = names;
    }

    @Override
    public String name() {
        return "compound-parts";
    }

    @Override
    public List<Chunk> apply(Sentence sentence, List<Chunk> chunks) {
        List<Chunk> result = chunks;
        for (int i = 0; i < sentence.size(); i++) {
            Token token = sentence.token(i);
            if (token.text().length() < 6 || !Character.isLetterOrDigit(token.text().charAt(0))) {
                continue;
            }
            Chunk chunk = Chunks.at(result, i);
            if (chunk != null && !isLoneMisc(chunk)) {
                continue;
            }
            KnownEntity named = namedPart(token.text());
            if (named != null) {
                result = Chunks.replace(result, chunk == null ? List.of() : List.of(chunk),
                        List.of(Chunk.known(i, i + 1, named, Form.PART)));
            }
        }
        return result;
    }

    /**
     * Only a word the model left alone or typed MISC on its own is looked at: one it typed PER,
     * LOC or ORG it took for a name ("Berlin-Mitte", "Indianapolis"), and one inside a longer
     * mention belongs to that.
     */
    private static boolean isLoneMisc(Chunk chunk) {
        return chunk.length() == 1 && chunk.entity() == null && chunk.form() == Form.NAME
                && EntityTypes.MISC.equals(chunk.type());
    }

    /** The known entity named by the first part of a compound word, or null. */
    private KnownEntity namedPart(String word) {
        int hyphen = word.lastIndexOf('-');
        while (hyphen > 0) {
            if (hyphen < word.length() - 1) {
                KnownEntity entity = names.named(new String[] {word.substring(0, hyphen)});
                if (entity != null) {
                    return entity;
                }
            }
            hyphen = word.lastIndexOf('-', hyphen - 1);
        }
        if (word.indexOf('-') >= 0 || !Character.isUpperCase(word.charAt(0))) {
            return null;
        }
        for (int length = word.length() - 3; length >= MIN_CLOSED_NAME; length--) {
            String head = word.substring(length);
            if (!Character.isLowerCase(head.charAt(0)) || NOT_A_HEAD.contains(head) || !startsLikeAWord(head)) {
                continue;
            }
            String name = word.substring(0, length);
            if (name.endsWith("s")) {
                continue; // a genitive -s would let "Bernstein" start with Bern's
            }
            KnownEntity entity = names.named(new String[] {name});
            if (entity != null && EntityTypes.LOC.equals(entity.type())) {
                return entity;
            }
        }
        return null;
    }

    /** "Indien|ststellung" is no compound: German words start with at most two consonants, or sch, spr, str. */
    private static boolean startsLikeAWord(String head) {
        if (head.startsWith("sch") || head.startsWith("spr") || head.startsWith("str")) {
            return true;
        }
        for (int i = 0; i < 3; i++) {
            if ("aeiouyäöü".indexOf(head.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
