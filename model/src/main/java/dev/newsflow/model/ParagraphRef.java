package dev.newsflow.model;

/** Where a paragraph was first seen: an article and the paragraph's index in it. */
public record ParagraphRef(String articleId, int index) {}
