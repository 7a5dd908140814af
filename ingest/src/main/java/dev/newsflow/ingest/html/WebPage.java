package dev.newsflow.ingest.html;

import dev.newsflow.model.Markup;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A web page read for its article: what the page says about it, and its main text as
 * paragraphs (headings, list items and quotes each one of their own).
 *
 * @param markup per paragraph, the element it stood in; null entries where the text came
 *     without markup (the JSON-LD {@code articleBody} a short page falls back on)
 * @param warning how the page was read, where the user should hear of it; null otherwise
 */
public record WebPage(PageMetadata metadata, List<String> paragraphs, List<Markup> markup, Charset charset, String warning) {

    public WebPage {
        paragraphs = List.copyOf(paragraphs);
        markup = Collections.unmodifiableList(new ArrayList<>(markup));
        if (markup.size() != paragraphs.size()) {
            throw new IllegalArgumentException(markup.size() + " markups for " + paragraphs.size() + " paragraphs");
        }
    }

    /**
     * The markup as an article carries it: one label per paragraph of {@link #text()}, null
     * entries where unknown; null where no paragraph has any.
     */
    public List<String> markupLabels() {
        if (markup.stream().allMatch(m -> m == null)) {
            return null;
        }
        return Collections.unmodifiableList(markup.stream().map(m -> m == null ? null : m.label()).toList());
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
