package dev.newsflow.enrich.entities;

import java.util.List;

/**
 * One correction applied to the mentions of a sentence after the model, such as typing place
 * adjectives as derived places or splitting two names the model ran together. Rules take and
 * return chunks sorted by position and never overlapping.
 */
interface ChunkRule {

    /** Short name, as the evaluation's {@code --without} option takes it. */
    String name();

    List<Chunk> apply(Sentence sentence, List<Chunk> chunks);
}
