package dev.newsflow.enrich.entities.eval;

/** An entity span of a sentence: tokens {@code from} (inclusive) to {@code to} (exclusive) and its GermEval class, e.g. LOCderiv. */
public record GoldSpan(int from, int to, String label) {}
