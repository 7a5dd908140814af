package dev.newsflow.ingest.html;

import java.nio.charset.Charset;
import java.util.List;

/**
 * A web page read for its article: what the page says about it, and its main text as
 * paragraphs (headings, list items and quotes each one of their own).
 *
 * @param warning how the page was read, where the user should hear of it; null otherwise
 */
public record WebPage(PageMetadata metadata, List<String> paragraphs, Charset charset, String warning) {

    public WebPage {
        paragraphs = List.copyOf(paragraphs);
    }

    /**
     * The main text as newsflow's articles carry it: one paragraph per line, a blank line between
     * paragraphs, so that enrich's segmenter keeps them apart (a {@code <br>} inside a paragraph
     * stays a line break).
     */
    public String text() {
        return String.join("\n\n", paragraphs);
    }
}
