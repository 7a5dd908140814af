package dev.newsflow.measure.corpus;

import dev.newsflow.enrich.Fingerprinter;
import dev.newsflow.enrich.Segmenter;
import dev.newsflow.enrich.near.MinHash;
import dev.newsflow.enrich.near.NearCopy;
import dev.newsflow.enrich.near.Shingles;
import dev.newsflow.model.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a corpus looks like to MinHash: how many remembered paragraphs a band claim of the
 * topology reads, and how many of those are verified similar. Unrelated paragraphs that share a
 * band by chance are read and compared for nothing; in real news they are few.
 *
 * <p>The topology keeps no such counter, so the search is run again here, on the same inputs and
 * with the same rules as enrich's {@code NearCopyFinder} and {@code ArticleScatter}: articles in
 * (ingestedAt, id) order, one band claim per {@link MinHash} band of every paragraph long enough
 * for near copies that does not repeat an earlier one of its article (exactly or nearly); a claim
 * reads every paragraph remembered in its band; a band remembers the first paragraph of each text
 * (fingerprint), at most {@code bucketSize}, the earliest. Similar means a near copy by
 * {@link NearCopy#similarity}, from another article. Keep it in step with those classes.
 *
 * @param claims band claims made
 * @param read remembered paragraphs the claims read, all together
 * @param similar of those, the ones from another article verified as near copies
 */
public record BandCandidates(long claims, long read, long similar) {

    /** Remembered paragraphs read per band claim. */
    public double readPerClaim() {
        return claims == 0 ? 0 : (double) read / claims;
    }

    /** Of the paragraphs read, the share verified similar. */
    public double similarShare() {
        return read == 0 ? 0 : (double) similar / read;
    }

    /** One paragraph a band remembers. */
    private record Remembered(String articleId, String fingerprint, Shingles shingles) {}

    /** @param articles in the order the topology ranks them: (ingestedAt, id) */
    public static BandCandidates of(List<Article> articles, NearCopy nearCopy, int bucketSize) {
        Map<String, List<Remembered>> bands = new HashMap<>();
        long claims = 0;
        long read = 0;
        long similar = 0;
        for (Article article : articles) {
            for (Remembered mine : distinct(article, nearCopy)) {
                for (String band : MinHash.bandKeys(mine.shingles())) {
                    List<Remembered> remembered = bands.computeIfAbsent(band, b -> new ArrayList<>(1));
                    claims++;
                    read += remembered.size();
                    boolean sameText = false;
                    for (Remembered other : remembered) {
                        sameText |= other.fingerprint().equals(mine.fingerprint());
                        if (!other.articleId().equals(mine.articleId())
                                && nearCopy.similarity(mine.shingles(), other.shingles()) >= 0) {
                            similar++;
                        }
                    }
                    if (!sameText && remembered.size() < bucketSize) {
                        remembered.add(mine);
                    }
                }
            }
        }
        return new BandCandidates(claims, read, similar);
    }

    /** The paragraphs of an article that make band claims: long enough, and no repeat of an earlier one of the article. */
    private static List<Remembered> distinct(Article article, NearCopy nearCopy) {
        List<Remembered> distinct = new ArrayList<>();
        Set<String> fingerprints = new HashSet<>();
        for (String paragraph : Segmenter.segment(article.text())) {
            String fingerprint = Fingerprinter.fingerprint(paragraph);
            if (!fingerprints.add(fingerprint)) {
                continue;
            }
            Shingles shingles = Shingles.of(paragraph);
            if (!nearCopy.isLongEnough(shingles)
                    || distinct.stream().anyMatch(earlier -> nearCopy.similarity(shingles, earlier.shingles()) >= 0)) {
                continue;
            }
            distinct.add(new Remembered(article.id(), fingerprint, shingles));
        }
        return distinct;
    }
}
