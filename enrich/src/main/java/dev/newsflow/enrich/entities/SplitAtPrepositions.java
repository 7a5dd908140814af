package dev.newsflow.enrich.entities;

import java.util.List;
import java.util.Set;

/**
 * Takes apart two names the model ran together across "im" or "zu": "Modrava im Luzenské údolí",
 * "Honda zu Aprilia", "Grünen-Fraktion im Bundestag". Names that really contain such a word are
 * rare, except for "zu" in noble persons' names ("Karl-Theodor zu Guttenberg"), so a person is
 * split at "im" only.
 */
final class SplitAtPrepositions implements ChunkRule {

    /** Not "am": towns are named after their river ("Frankfurt am Main", "Weil am Rhein"). */
    private static final Set<String> PREPOSITIONS = Set.of("im", "zu");

    @Override
    public String name() {
        return "split-at-prepositions";
    }

    @Override
    public List<Chunk> apply(Sentence sentence, List<Chunk> chunks) {
        List<Chunk> result = chunks;
        for (Chunk chunk : chunks) {
            for (int k = chunk.from() + 1; k < chunk.to() - 1; k++) {
                String word = sentence.token(k).text();
                boolean splits = EntityTypes.PER.equals(chunk.type()) ? word.equals("im") : PREPOSITIONS.contains(word);
                if (splits && sentence.token(k - 1).isCapitalised()
                        && sentence.token(k + 1).isCapitalised()) {
                    result = Chunks.replace(result, List.of(chunk),
                            List.of(Chunk.of(chunk.from(), k, chunk.type()), Chunk.of(k + 1, chunk.to(), chunk.type())));
                    break;
                }
            }
        }
        return result;
    }
}
