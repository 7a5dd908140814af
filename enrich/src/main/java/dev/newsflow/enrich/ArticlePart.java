package dev.newsflow.enrich;

import dev.newsflow.enrich.DedupEvent.Body;
import dev.newsflow.enrich.DedupEvent.Verdict;

/** One stored piece of an article being gathered: its body, or one verdict. */
record ArticlePart(Body body, Verdict verdict) {

    private static final char SEPARATOR = '\u0000';
    private static final String BODY = "#body";

    static ArticlePart of(Body body) {
        return new ArticlePart(body, null);
    }

    static ArticlePart of(Verdict verdict) {
        return new ArticlePart(null, verdict);
    }

    /** The parts of one pass of an article share this key prefix, so they are read in one scan. */
    static String prefix(String articleId, long pass) {
        return articleId + SEPARATOR + pass + SEPARATOR;
    }

    static String bodyKey(String articleId, long pass) {
        return prefix(articleId, pass) + BODY;
    }

    static String verdictKey(String articleId, long pass, Verdict verdict) {
        return prefix(articleId, pass) + verdict.claimKey();
    }
}
