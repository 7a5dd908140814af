package dev.newsflow.measure.corpus;

/**
 * A paragraph of a generated article with what it really is.
 *
 * @param copyOf for a copy or a similar paragraph, the article id and index it was made from
 * @param edits for a near copy, how many copy-editing changes were made
 */
public record GeneratedParagraph(String text, Truth truth, String copyOfArticle, int copyOfIndex, int edits) {

    static GeneratedParagraph original(String text) {
        return new GeneratedParagraph(text, Truth.ORIGINAL, null, -1, 0);
    }
}
