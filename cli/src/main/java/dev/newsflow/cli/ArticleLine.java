package dev.newsflow.cli;

import dev.newsflow.model.EnrichedArticle;
import java.util.stream.Collectors;

/** An enriched article in one readable line: {@code Title — 12 kept, 3 dropped · Russland (12), Nordkorea (9)}. */
final class ArticleLine {

    static final int TOP_ENTITIES = 3;

    private ArticleLine() {}

    static String describe(EnrichedArticle article) {
        String title = article.title() != null && !article.title().isBlank() ? article.title() : article.source();
        String line = title + " — " + article.paragraphs().size() + " kept, " + article.duplicates().size() + " dropped";
        // the entities come most mentioned first
        String top = article.entities().stream().limit(TOP_ENTITIES)
                .map(e -> e.name() + " (" + e.mentions() + ")")
                .collect(Collectors.joining(", "));
        return top.isEmpty() ? line : line + " · " + top;
    }
}
