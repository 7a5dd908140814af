package dev.newsflow.measure.corpus;

import dev.newsflow.model.Article;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** A generated article: its paragraphs with their truth, and the article to feed. */
public record GeneratedArticle(String id, Instant ingestedAt, List<GeneratedParagraph> paragraphs) {

    public Article toArticle() {
        String text = paragraphs.stream().map(GeneratedParagraph::text).collect(Collectors.joining("\n\n"));
        return new Article(id, id + ".txt", paragraphs.get(0).text(), text, null, ingestedAt, "text/plain");
    }
}
