package dev.newsflow.enrich;

import dev.newsflow.enrich.DedupEvent.Verdict;
import java.util.Map;
import java.util.TreeMap;

/**
 * How far the gathering of one article has come: small, so that each arriving verdict rewrites
 * only this and its own entry, never the whole article.
 *
 * @param claims how many batches of verdicts the article waits for; -1 until its body has arrived
 * @param received how many batches of verdicts of this pass have arrived
 * @param revoked verdicts that took a paragraph from this article after it was told it owns
 *     it, by claim key
 * @param emitted whether the article has been published in its current state
 * @param touchedMs stream time of the last change (for expiry)
 */
record Progress(long pass, int claims, int received, Map<String, Verdict> revoked, boolean emitted, long touchedMs) {

    static Progress start(long pass, long nowMs) {
        return new Progress(pass, -1, 0, new TreeMap<>(), false, nowMs);
    }

    Progress withClaims(int expected, long nowMs) {
        return new Progress(pass, expected, received, revoked, emitted, nowMs);
    }

    Progress withOneMore(long nowMs) {
        return new Progress(pass, claims, received + 1, revoked, emitted, nowMs);
    }

    /**
     * Several earlier articles may revoke the same claim, in any order (a band tells every later
     * near copy each time an earlier one arrives); the first original is kept, or the record
     * would flip between them and be published again with each.
     */
    Progress withRevoked(Verdict revocation, long nowMs) {
        Map<String, Verdict> more = new TreeMap<>(revoked);
        more.merge(revocation.claimKey(), revocation,
                (before, now) -> Verdict.FIRST_ORIGINAL.compare(now, before) < 0 ? now : before);
        return new Progress(pass, claims, received, more, emitted, nowMs);
    }

    Progress withEmitted(boolean now) {
        return new Progress(pass, claims, received, revoked, now, touchedMs);
    }

    boolean isComplete() {
        return claims >= 0 && received == claims;
    }
}
