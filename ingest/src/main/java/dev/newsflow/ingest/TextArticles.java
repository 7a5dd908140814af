package dev.newsflow.ingest;

import dev.newsflow.model.Article;
import java.time.Instant;

/**
 * Plain text to an article. The text is the whole file, headline included, so paragraph 0 is
 * the headline and nothing of the file is lost; the title repeats the first non-empty line.
 */
final class TextArticles {

    static final String CONTENT_TYPE = "text/plain";

    private TextArticles() {}

    static Article fromText(String source, String text, Instant ingestedAt) {
        return new Article(ArticleIds.fromSource(source), source, titleOf(text), withoutFinalLineEnd(text),
                null, ingestedAt, CONTENT_TYPE);
    }

    static String titleOf(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse(null);
    }

    static String withoutFinalLineEnd(String text) {
        if (text.endsWith("\r\n")) {
            return text.substring(0, text.length() - 2);
        }
        if (text.endsWith("\n") || text.endsWith("\r")) {
            return text.substring(0, text.length() - 1);
        }
        return text;
    }
}
