package dev.newsflow.measure.corpus;

import java.util.List;

/**
 * A paragraph of a generated article with what it really is.
 *
 * @param copyOf for a copy or a similar paragraph, the article id and index it was made from (for
 *     a merged copy the first of the two, for a paragraph sharing a sentence the one it shares)
 * @param edits for a near copy, how many copy-editing changes were made
 * @param sentences for new text, the sentences it was made of; else null
 */
public record GeneratedParagraph(String text, Truth truth, String copyOfArticle, int copyOfIndex, int edits,
                                 List<String> sentences) {

    public GeneratedParagraph(String text, Truth truth, String copyOfArticle, int copyOfIndex, int edits) {
        this(text, truth, copyOfArticle, copyOfIndex, edits, null);
    }

    static GeneratedParagraph original(String text) {
        return new GeneratedParagraph(text, Truth.ORIGINAL, null, -1, 0);
    }
}
