package dev.newsflow.enrich.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The mentions as the model gives them: each run of tokens with the same label is one chunk.
 * CoreNLP's German model labels tokens without a begin marker, so two neighbouring names of one
 * type come out as one run; {@link SplitMergedNames} takes such runs apart again.
 */
final class ModelChunks {

    private ModelChunks() {}

    static List<Chunk> of(Sentence sentence) {
        List<Chunk> chunks = new ArrayList<>();
        int from = -1;
        String type = null;
        for (int i = 0; i <= sentence.size(); i++) {
            String label = i < sentence.size() ? sentence.token(i).label() : null;
            if (Objects.equals(label, type)) {
                continue;
            }
            if (type != null) {
                chunks.add(Chunk.of(from, i, type));
            }
            from = i;
            type = label;
        }
        return chunks;
    }
}
