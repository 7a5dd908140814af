package dev.newsflow.enrich;

import java.time.Instant;

/**
 * Which of two copies of a paragraph is the original: the one ingested first, then the smaller
 * article id, then the smaller paragraph index. Owners, bands and the assembly all decide with
 * this one order, so that whatever order the records arrive in, and however many instances
 * share the work, every copy names the same original.
 */
final class CopyOrder {

    private CopyOrder() {
    }

    static int compare(Instant aIngestedAt, String aArticleId, int aIndex,
                       Instant bIngestedAt, String bArticleId, int bIndex) {
        int byTime = aIngestedAt.compareTo(bIngestedAt);
        if (byTime != 0) {
            return byTime;
        }
        int byArticle = aArticleId.compareTo(bArticleId);
        return byArticle != 0 ? byArticle : Integer.compare(aIndex, bIndex);
    }
}
