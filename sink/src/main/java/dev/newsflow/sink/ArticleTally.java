package dev.newsflow.sink;

import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Entity;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What the summary of 'run' needs of one written article: counts and entities, not its text.
 * 'run' keeps one per article until it ends (the latest version of each, since a revision
 * changes the counts), so holding them must cost far less than the article: 20,000 articles
 * held whole took 960 MB of heap, and with each its own entities still 150 MB; with
 * shared entities, about 1.5 KB an article.
 */
public record ArticleTally(int kept, int dropped, int droppedWithin, List<Entity> entities) {

    /** @param shared the one instance of an entity equal to the given one, so that articles naming it share it */
    static ArticleTally of(EnrichedArticle article, UnaryOperator<Entity> shared) {
        int within = (int) article.duplicates().stream()
                .filter(d -> d.duplicateOf().articleId().equals(article.id()))
                .count();
        return new ArticleTally(article.paragraphs().size(), article.duplicates().size(), within,
                article.entities().stream().map(shared).toList());
    }
}
