package dev.newsflow.measure.roles;

import dev.newsflow.enrich.Segmenter;
import dev.newsflow.ingest.ArticleReader;
import dev.newsflow.ingest.ReadListener;
import dev.newsflow.ingest.Rejection;
import dev.newsflow.model.Article;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * A page as the pipeline sees it: read by ingest as a {@code .txt} article, cut into paragraphs
 * by the segmenter.
 *
 * @param paragraphs the article's paragraphs, in order
 * @param hasOwnTitle whether the article came with a title of its own (a plain-text article does not)
 * @param problem why ingest could not read the file, or null
 */
public record PageText(List<String> paragraphs, boolean hasOwnTitle, String problem) {

    private static final String PLAIN_TEXT = "text/plain";

    /** Reads a file as ingest would; an unreadable file is an empty article (its snippets all missed). */
    public static PageText read(Path file) {
        List<Article> articles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        new ArticleReader(Clock.systemUTC()).read(List.of(file.toString()), InputStream.nullInputStream(), new ReadListener() {
            @Override
            public void article(Article article) {
                articles.add(article);
            }

            @Override
            public void rejected(Rejection rejection) {
                problems.add(rejection.toString());
            }

            @Override
            public void warned(String input, String message) {}
        });
        if (articles.isEmpty()) {
            return new PageText(List.of(), false, problems.isEmpty() ? file + ": no article" : String.join("; ", problems));
        }
        Article article = articles.get(0);
        return new PageText(Segmenter.segment(article.text()), !PLAIN_TEXT.equals(article.contentType()), null);
    }
}
