package dev.newsflow.cli;

import dev.newsflow.model.EnrichedArticle;
import java.util.stream.Collectors;

/**
 * An enriched article in one readable line: {@code Title — 12 kept, 3 dropped · Russland (12), Nordkorea (9)};
 * a revision says so: {@code Title — revised: 12 kept, 4 dropped · …}.
 */
final class ArticleLine {

    static final int TOP_ENTITIES = 3;

    private ArticleLine() {}

    static String describe(EnrichedArticle article) {
        return describe(article, "");
    }

    static String describeRevised(EnrichedArticle article) {
        return describe(article, "revised: ");
    }

    /** The title, or the source where there is none. */
    static String title(String title, String source) {
        return title != null && !title.isBlank() ? title : source;
    }

    private static String describe(EnrichedArticle article, String change) {
        String line = title(article.title(), article.source()) + " — " + change + article.paragraphs().size() + " kept, "
                + article.duplicates().size() + " dropped";
        // the entities come most mentioned first
        String top = article.entities().stream().limit(TOP_ENTITIES)
                .map(e -> e.name() + " (" + e.mentions() + ")")
                .collect(Collectors.joining(", "));
        return top.isEmpty() ? line : line + " · " + top;
    }
}
