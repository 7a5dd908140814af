package dev.newsflow.enrich;

import dev.newsflow.enrich.DedupEvent.Body;
import dev.newsflow.enrich.DedupEvent.Outcome;
import dev.newsflow.enrich.DedupEvent.Verdict;
import dev.newsflow.enrich.DedupEvent.Verdicts;
import java.util.Map;
import java.util.TreeMap;

/**
 * One article being gathered, or gathered and kept for revisions: everything the gather knows of
 * it, in one store value, so that an article costs one write per batch of verdicts (merged by the
 * store's cache into about one changelog record per article) rather than one per verdict.
 *
 * @param pass the pass of the article through the topology (its input offset) gathered
 * @param body the article's body, null until it has arrived
 * @param expected how many batches of verdicts the pass waits for; -1 until known
 * @param received how many batches of verdicts of this pass have arrived
 * @param verdicts the verdicts that are not {@link Outcome#OWNED}, by claim key: a claim without
 *     one here is owned
 * @param revoked verdicts that took a paragraph from this article after it was told it owns
 *     it, by claim key
 * @param emitted whether the article has been published in its current state
 * @param touchedMs stream time of the last change (for expiry)
 */
record Gathering(long pass, Body body, int expected, int received, Map<String, Verdict> verdicts,
                 Map<String, Verdict> revoked, boolean emitted, long touchedMs) {

    static Gathering start(long pass, long nowMs) {
        return new Gathering(pass, null, -1, 0, new TreeMap<>(), new TreeMap<>(), false, nowMs);
    }

    Gathering withBody(Body arrived, long nowMs) {
        int now = expected >= 0 ? expected : arrived.claims();
        return new Gathering(pass, arrived, now, received, verdicts, revoked, emitted, nowMs);
    }

    Gathering with(Verdicts batch, long nowMs) {
        Map<String, Verdict> more = verdicts;
        if (!batch.verdicts().isEmpty()) {
            more = new TreeMap<>(verdicts);
            for (Verdict verdict : batch.verdicts()) {
                more.put(verdict.claimKey(), verdict);
            }
        }
        Body now = batch.body() != null ? batch.body() : body;
        int waitingFor = batch.batches() > 0 ? batch.batches() : now != null && now.claims() >= 0 ? now.claims() : expected;
        return new Gathering(pass, now, waitingFor, received + 1, more, revoked, emitted, nowMs);
    }

    /**
     * Several earlier articles may revoke the same claim, in any order (a band tells every later
     * near copy each time an earlier one arrives); the first original is kept, or the record
     * would flip between them and be published again with each.
     */
    Gathering withRevoked(Verdict revocation, long nowMs) {
        Map<String, Verdict> more = new TreeMap<>(revoked);
        more.merge(revocation.claimKey(), revocation,
                (before, now) -> Verdict.FIRST_ORIGINAL.compare(now, before) < 0 ? now : before);
        return new Gathering(pass, body, expected, received, verdicts, more, emitted, nowMs);
    }

    Gathering withEmitted(boolean now) {
        return new Gathering(pass, body, expected, received, verdicts, revoked, now, touchedMs);
    }

    boolean isComplete() {
        return body != null && expected >= 0 && received == expected;
    }

    Assembly assembly() {
        return new Assembly(body, verdicts, revoked);
    }
}
