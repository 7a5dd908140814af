package dev.newsflow.measure.crash;

/**
 * The outcome of a crash test, one machine-readable line.
 *
 * @param kills      services the test crashed: SIGKILLs of ingest, enrich and sink, and the sink's
 *                   halts at a chosen point of a file write (as abrupt as a SIGKILL)
 * @param brokerKills SIGKILLs of brokers, each started again on its data directory
 * @param expected   articles in the generated corpus
 * @param found      of those, articles with at least one record in the output files
 * @param duplicated lines in the files beyond one per committed record of {@code newsflow.enriched} (a
 *                   partition and offset): a record written twice, which exactly-once delivery forbids,
 *                   or a line of a file that does not match the topic's records in its offset range. An
 *                   article revised by enrich is a new record at a new offset, not a duplicate
 * @param missing    expected articles with no record in the files
 * @param differing  articles in the files whose latest record differs in content from the no-crash
 *                   run's (see {@link CrashTestOutput#comparable}), or that are not in the corpus
 * @param lost       committed records of {@code newsflow.enriched} that no file holds correctly
 * @param repeats    lines in the files that repeat an earlier record of their article byte for byte: an
 *                   article published again though nothing changed, which emit on change forbids (the
 *                   ingest rerun replays what the killed ingest published; enrich must publish none of it
 *                   again)
 */
public record CrashTestFigures(int kills, int brokerKills, int expected, int found, long duplicated, int missing, int differing, long lost,
                               long repeats) {

    public boolean passed() {
        return found == expected && duplicated == 0 && missing == 0 && differing == 0 && lost == 0 && repeats == 0;
    }

    public String line() {
        return String.format("crash kills=%d broker_kills=%d expected=%d found=%d duplicated=%d missing=%d differing=%d lost=%d "
                + "repeats=%d", kills, brokerKills, expected, found, duplicated, missing, differing, lost, repeats);
    }
}
