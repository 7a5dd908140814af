package dev.newsflow.enrich.entities;

import java.util.List;

/**
 * The statistical model that finds named entities in German text, names it has never seen
 * included: it splits text into sentences and tokens and labels each token with an entity type.
 * {@link MentionFinder} turns the labels into mentions and corrects them.
 */
public interface Recogniser {

    /** The sentences of each paragraph, tokenised and labelled; token offsets are into that paragraph. */
    List<List<Sentence>> label(List<String> paragraphs);

    /**
     * One sentence that is already split into tokens (as in an annotated corpus), labelled; the
     * result has exactly these tokens, with offsets into the tokens joined by single spaces.
     */
    Sentence labelTokens(List<String> tokens);
}
