package dev.newsflow.enrich;

import com.fasterxml.jackson.annotation.JsonAlias;
import dev.newsflow.enrich.DedupEvent.Body;
import dev.newsflow.enrich.DedupEvent.Outcome;
import dev.newsflow.enrich.DedupEvent.Verdict;
import dev.newsflow.enrich.DedupEvent.Verdicts;
import java.util.Map;
import java.util.TreeMap;

/**
 * One article being gathered, or gathered and kept for revisions: what the gather knows of it
 * besides its body, in one store value, so that an article costs one write per batch of verdicts
 * (merged by the store's cache into about one changelog record per article) rather than one per
 * verdict. The body is stored apart, once per pass ({@link EnrichTopology#BODIES_STORE}): it is
 * most of an article's bytes, and a value that held it was encoded again at every batch of
 * verdicts and decoded at every read.
 *
 * @param pass the pass of the article through the topology (its input offset) gathered
 * @param hasBody whether the body of this pass has arrived
 * @param expected how many batches of verdicts the pass waits for; -1 until known
 * @param received how many batches of verdicts of this pass have arrived
 * @param verdicts the verdicts that are not {@link Outcome#OWNED}, by claim key: a claim without
 *     one here is owned
 * @param revoked verdicts that took a paragraph from this article after it was told it owns
 *     it, by claim key
 * @param emitted whether the article has been published in its current state
 * @param touchedMs stream time of the last change (for expiry)
 * @param inlineBody the body, in a gathering written before bodies were stored apart (format 3 and
 *     earlier); null otherwise. The gather moves it to the bodies store when it writes the gathering.
 */
record Gathering(long pass, boolean hasBody, int expected, int received, Map<String, Verdict> verdicts,
                 Map<String, Verdict> revoked, boolean emitted, long touchedMs, @JsonAlias("body") Body inlineBody) {

    Gathering {
        hasBody = hasBody || inlineBody != null; // as the JSON of the first versions says it
    }

    static Gathering start(long pass, long nowMs) {
        return new Gathering(pass, false, -1, 0, new TreeMap<>(), new TreeMap<>(), false, nowMs, null);
    }

    /** The body of this pass arrived (it goes into the bodies store); it says how many batches to wait for, if it knows. */
    Gathering withBody(Body arrived, long nowMs) {
        int now = expected >= 0 ? expected : arrived.claims();
        return new Gathering(pass, true, now, received, verdicts, revoked, emitted, nowMs, null);
    }

    /** A batch of verdicts arrived; one that carried the body was handed to {@link #withBody} first. */
    Gathering with(Verdicts batch, long nowMs) {
        Map<String, Verdict> more = verdicts;
        if (!batch.verdicts().isEmpty()) {
            more = new TreeMap<>(verdicts);
            for (Verdict verdict : batch.verdicts()) {
                more.put(verdict.claimKey(), verdict);
            }
        }
        int waitingFor = batch.batches() > 0 ? batch.batches() : expected;
        return new Gathering(pass, hasBody, waitingFor, received + 1, more, revoked, emitted, nowMs, inlineBody);
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
        return new Gathering(pass, hasBody, expected, received, verdicts, more, emitted, nowMs, inlineBody);
    }

    Gathering withEmitted(boolean now) {
        return new Gathering(pass, hasBody, expected, received, verdicts, revoked, now, touchedMs, inlineBody);
    }

    Gathering withoutInlineBody() {
        return new Gathering(pass, hasBody, expected, received, verdicts, revoked, emitted, touchedMs, null);
    }

    boolean isComplete() {
        return hasBody && expected >= 0 && received == expected;
    }

    Assembly assembly(Body body) {
        return new Assembly(body, verdicts, revoked);
    }
}
