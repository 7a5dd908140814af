package dev.newsflow.enrich.entities;

/** A stretch of text the recogniser found, with its type (PER, LOC, ORG or MISC). */
public record Span(int start, int end, String type, String text) {}
