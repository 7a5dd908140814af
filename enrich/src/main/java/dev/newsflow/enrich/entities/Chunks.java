package dev.newsflow.enrich.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Small operations on a sentence's chunks that several rules share. */
final class Chunks {

    private static final Comparator<Chunk> BY_POSITION = Comparator.comparingInt(Chunk::from);

    private Chunks() {}

    /** The chunk that contains token {@code index}, or null. */
    static Chunk at(List<Chunk> chunks, int index) {
        for (Chunk chunk : chunks) {
            if (chunk.from() <= index && index < chunk.to()) {
                return chunk;
            }
            if (chunk.from() > index) {
                return null;
            }
        }
        return null;
    }

    static List<Chunk> overlapping(List<Chunk> chunks, int from, int to) {
        List<Chunk> found = new ArrayList<>(2);
        for (Chunk chunk : chunks) {
            if (chunk.overlaps(from, to)) {
                found.add(chunk);
            }
        }
        return found;
    }

    /** The chunks with {@code removed} taken out and {@code added} put in, sorted by position. */
    static List<Chunk> replace(List<Chunk> chunks, List<Chunk> removed, List<Chunk> added) {
        List<Chunk> result = new ArrayList<>(chunks.size() + added.size());
        for (Chunk chunk : chunks) {
            if (!removed.contains(chunk)) {
                result.add(chunk);
            }
        }
        result.addAll(added);
        result.sort(BY_POSITION);
        return result;
    }
}
