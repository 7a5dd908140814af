package dev.newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsflow crash-test} on a smaller corpus than the command's 2,000 articles (300, fed in
 * 72 s), with the fewest kills it allows (5): the ingest killed mid-way and run again, the sink
 * halted mid-write and between rename and commit, enrich and the sink killed with SIGKILL; and the
 * broker, a child process too, killed with SIGKILL once and started again on its data directory.
 * The three-broker run is a command in docs/crash-test.md, not a test: five JVMs and more on the
 * build's machine.
 */
class CrashTestCommandTest {

    @TempDir
    Path work;

    // about 130 s: -Dexcluded.test.groups=crash leaves it out, and only it
    @Test
    @Tag("crash")
    void shouldWriteEveryArticleExactlyOnceThroughFiveCrashes() {
        CorpusReplay.Result result = CorpusReplay.run(List.of("crash-test", "--articles", "300", "--kills", "5",
                "--seed", "3", "--work", work.toString(), "--corpus", CorpusReplay.CORPUS.toString()));

        String out = result.out();
        List<String> lines = out.lines().toList();
        assertEquals(0, result.exitCode(), out + result.err());
        assertEquals("crash kills=5 broker_kills=1 expected=300 found=300 duplicated=0 missing=0 differing=0 lost=0 repeats=0",
                lines.get(lines.size() - 1), out);
        assertTrue(out.contains("SIGKILL ingest"), out);
        assertTrue(out.contains("SIGKILL enrich"), out);
        assertTrue(out.contains("SIGKILL sink"), out);
        assertTrue(Pattern.compile("broker kill 1/1: SIGKILL broker \\(pid \\d+\\) .*\\n.* broker \\(pid \\d+\\) started again on its "
                + "data directory").matcher(out).find(), "the broker was killed and started again\n" + out);
        assertTrue(Pattern.compile("halted at mid-write:\\d .* it left \\[\\.enriched\\+").matcher(out).find(),
                "the halt mid-write left a temporary file\n" + out);
        assertTrue(Pattern.compile("halted at after-rename:\\d .* behind its end").matcher(out).find(),
                "the halt after a rename left the committed offset behind the file\n" + out);
        assertTrue(out.contains("in the files 0 duplicated, 0 lost, 0 files disagree with the topic"), out);
        assertTrue(Pattern.compile("; [1-9]\\d* notices on newsflow.unchanged").matcher(out).find(),
                "the ingest rerun replayed what the killed one had published\n" + out);
        assertTrue(out.contains(" 0 byte-identical repeats of an earlier record"), "and none of it was published again\n" + out);
    }

    @Test
    void shouldRefuseAFolderWithAnEarlierRunInIt() throws Exception {
        Files.createDirectories(work.resolve("crash").resolve("logs"));

        CorpusReplay.Result result = CorpusReplay.run(List.of("crash-test", "--work", work.toString()));

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("holds an earlier crash test"), result.err());
        assertTrue(Files.isDirectory(work.resolve("crash").resolve("logs")), "nothing deleted");
    }

    @Test
    void shouldRefuseAClusterSizeItDoesNotRun() {
        CorpusReplay.Result result = CorpusReplay.run(List.of("crash-test", "--brokers", "2", "--work", work.toString()));

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("--brokers must be 1 or 3"), result.err());
    }

    @Test
    void shouldRefuseFewerKillsThanTheCrashesItMustInclude() {
        CorpusReplay.Result result = CorpusReplay.run(List.of("crash-test", "--kills", "4", "--work", work.toString()));

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("--kills must be at least 5"), result.err());
    }
}
