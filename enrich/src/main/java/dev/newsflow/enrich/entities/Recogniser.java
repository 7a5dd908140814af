package dev.newsflow.enrich.entities;

import java.util.List;

/** Finds named-entity mentions in German text, names it has never seen included. */
public interface Recogniser {

    /**
     * The mentions in each of the given paragraphs, with offsets into that paragraph. Many
     * paragraphs per call, so that an implementation can annotate an article in one go.
     */
    List<List<Span>> recognise(List<String> paragraphs);
}
