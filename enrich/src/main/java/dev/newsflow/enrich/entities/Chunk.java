package dev.newsflow.enrich.entities;

/**
 * A mention as the rules handle it: tokens {@code from} (inclusive) to {@code to} (exclusive) of
 * one sentence, its type, its form, and the known entity where a rule already knows it (null
 * where the linker has to find it).
 */
record Chunk(int from, int to, String type, Form form, KnownEntity entity) {

    static Chunk of(int from, int to, String type) {
        return new Chunk(from, to, type, Form.NAME, null);
    }

    static Chunk known(int from, int to, KnownEntity entity, Form form) {
        return new Chunk(from, to, entity.type(), form, entity);
    }

    int length() {
        return to - from;
    }

    boolean overlaps(int otherFrom, int otherTo) {
        return from < otherTo && otherFrom < to;
    }

    boolean covers(int otherFrom, int otherTo) {
        return from <= otherFrom && otherTo <= to;
    }

    Chunk withType(String newType) {
        return new Chunk(from, to, newType, form, entity);
    }
}
