package dev.newsflow.enrich.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Drops the small words a mention of the model ends with: "berichtete das Eichsfelder Tageblatt
 * am 24. Juli" → "Eichsfelder Tageblatt". No German name ends in an article, a preposition or a
 * conjunction; the model sweeps one along where the name is followed by a date or a number.
 */
final class TrailingFunctionWords implements ChunkRule {

    private static final Set<String> FUNCTION_WORDS = Set.of("am", "im", "zum", "zur", "vom", "beim", "ins", "ans",
            "und", "oder", "sowie", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
            "in", "an", "auf", "aus", "bei", "mit", "nach", "von", "für", "gegen", "über", "unter", "vor", "zu", "seit",
            "wie", "als", "ist", "sind", "war", "hat");

    @Override
    public String name() {
        return "trailing-function-words";
    }

    @Override
    public List<Chunk> apply(Sentence sentence, List<Chunk> chunks) {
        List<Chunk> result = new ArrayList<>(chunks.size());
        for (Chunk chunk : chunks) {
            int to = chunk.to();
            while (to > chunk.from() + 1 && FUNCTION_WORDS.contains(sentence.token(to - 1).text())) {
                to--;
            }
            result.add(to == chunk.to() ? chunk : new Chunk(chunk.from(), to, chunk.type(), chunk.form(), chunk.entity()));
        }
        return result;
    }
}
