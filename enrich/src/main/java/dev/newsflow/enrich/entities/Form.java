package dev.newsflow.enrich.entities;

/**
 * How a mention refers to its entity. GermEval 2014 marks the same distinction with its
 * {@code -deriv} and {@code -part} classes, so the evaluation can score it.
 */
public enum Form {
    /** The name itself, inflected or not: "Nordkorea", "Putins". */
    NAME,
    /** A word derived from the name: an adjective or an inhabitants' name ("nordkoreanischen", "Nordkoreaner"). */
    DERIVED,
    /** A compound that contains the name ("Nato-Gipfel", "Ukraine-Krieg"). */
    PART;

    public boolean isDerived() {
        return this != NAME;
    }
}
