package dev.newsflow.enrich.entities;

/**
 * A mention found in a paragraph: character offsets, type (PER, LOC, ORG or MISC), the text, its
 * form (the name itself, or a word derived from it), and the known entity where recognition
 * already found it in the knowledge base (null where the linker has to look).
 */
public record Span(int start, int end, String type, String text, Form form, KnownEntity entity) {

    public Span(int start, int end, String type, String text) {
        this(start, end, type, text, Form.NAME, null);
    }

    public boolean derived() {
        return form.isDerived();
    }
}
