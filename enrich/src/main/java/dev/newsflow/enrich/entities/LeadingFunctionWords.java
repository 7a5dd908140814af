package dev.newsflow.enrich.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Drops the small words a mention of the model begins with: "im Kraftwerk Lippendorf", "am Lee
 * Strasberg Theatre", "Beim Mitteldeutschen Verlag". Most are contractions that mwt splits
 * ("im" → "in dem"), whose article the model then takes for the start of the name. Name particles
 * ("von Weizsäcker", "de Gaulle", "al-Assad") stay.
 */
final class LeadingFunctionWords implements ChunkRule {

    private static final Set<String> CONTRACTIONS = Set.of("im", "am", "zum", "zur", "vom", "beim", "ins", "ans", "aufs",
            "übers", "ums", "Im", "Am", "Zum", "Zur", "Vom", "Beim", "Ins", "Ans");
    private static final Set<String> NAME_PARTICLES = Set.of("von", "van", "vom", "de", "di", "da", "du", "del", "della",
            "la", "le", "al", "el", "bin", "ibn", "der", "den", "zu", "y", "dos", "das", "ten", "ter", "af", "av");

    @Override
    public String name() {
        return "leading-function-words";
    }

    @Override
    public List<Chunk> apply(Sentence sentence, List<Chunk> chunks) {
        List<Chunk> result = new ArrayList<>(chunks.size());
        for (Chunk chunk : chunks) {
            int from = chunk.from();
            while (from < chunk.to() - 1 && isFunctionWord(sentence.token(from))) {
                from++;
            }
            result.add(from == chunk.from() ? chunk : new Chunk(from, chunk.to(), chunk.type(), chunk.form(), chunk.entity()));
        }
        return result;
    }

    private static boolean isFunctionWord(Token token) {
        String text = token.text();
        return CONTRACTIONS.contains(text)
                || (token.isLowerCaseWord() && text.indexOf('-') < 0 && !NAME_PARTICLES.contains(text));
    }
}
