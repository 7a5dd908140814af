package dev.newsflow.enrich.entities;

import dev.newsflow.model.EnrichedArticle;

/** Adds mentions to an article's kept paragraphs and the summary of the entities they link to. */
public interface EntityTagger {

    EnrichedArticle tag(EnrichedArticle article);

    /** Tagging switched off: the article passes unchanged (dedup only). */
    static EntityTagger disabled() {
        return article -> article;
    }
}
