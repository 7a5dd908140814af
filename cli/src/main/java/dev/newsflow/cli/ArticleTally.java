package dev.newsflow.cli;

import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Entity;
import java.util.List;

/**
 * What the summary of 'run' needs of one written article: counts and entities, not its text.
 * 'run' keeps one per article until it ends (the latest version of each), so that holding them
 * costs about a hundred bytes an article instead of the article itself (20,000 articles held
 * whole took 960 MB of heap).
 */
record ArticleTally(int kept, int dropped, int droppedWithin, List<Entity> entities) {

    static ArticleTally of(EnrichedArticle article) {
        int within = (int) article.duplicates().stream()
                .filter(d -> d.duplicateOf().articleId().equals(article.id()))
                .count();
        return new ArticleTally(article.paragraphs().size(), article.duplicates().size(), within, article.entities());
    }
}
