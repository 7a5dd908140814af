package dev.newsflow.enrich.entities;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A capitalised one-word MISC mention shaped like an inhabitants' name or an adjective is a
 * derived place, even where the knowledge base does not know the place: "Itzehoer",
 * "Palästinenser", "Südbadischen". The model was trained on data that types such words MISC; in
 * GermEval 2014 nearly all of them are LOCderiv, while real MISC names (titles, events, products)
 * rarely have these shapes. A one-word lower-case MISC mention that the knowledge base does not
 * know ({@link KnownDerivedForms} ran before) is no name at all ("ballistischen", "barocke") and is
 * dropped: a place adjective nobody can link is of no use to a reader of the records.
 */
final class DerivedWordShapes implements ChunkRule {

    /** "russisch", "Russische", "europäischen", "deutsch-israelischer". */
    private static final Pattern ADJECTIVE = Pattern.compile("\\p{L}[\\p{L}-]*sch(e|en|er|es|em)?");
    /** "Itzehoer", "Berlinern", "Palästinenser", "Franzose", "Israelin", "Dänen". */
    private static final Pattern INHABITANT = Pattern.compile("\\p{Lu}[\\p{Ll}-]+(er|ern|e|en|in|innen)");

    @Override
    public String name() {
        return "derived-word-shapes";
    }

    @Override
    public List<Chunk> apply(Sentence sentence, List<Chunk> chunks) {
        List<Chunk> result = chunks;
        for (Chunk chunk : chunks) {
            if (chunk.length() != 1 || chunk.entity() != null || chunk.form() != Form.NAME
                    || !EntityTypes.MISC.equals(chunk.type())) {
                continue;
            }
            Token token = sentence.token(chunk.from());
            String word = token.text();
            if (token.isLowerCaseWord()) {
                result = Chunks.replace(result, List.of(chunk), List.of());
            } else if (ADJECTIVE.matcher(word).matches() || INHABITANT.matcher(word).matches()) {
                result = Chunks.replace(result, List.of(chunk),
                        List.of(new Chunk(chunk.from(), chunk.to(), EntityTypes.LOC, Form.DERIVED, null)));
            }
        }
        return result;
    }
}
