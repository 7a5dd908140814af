package dev.newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes on the command line and in its files: one line saying what is wrong, no stack trace, no broker needed. */
class CommandErrorsTest {

    @TempDir
    Path dir;

    @Test
    void shouldSayInOneLineThatTheKafkaConfigFileIsMissing() {
        Path missing = dir.resolve("client.properties");

        CorpusReplay.Result result = CorpusReplay.run(List.of("ingest", CorpusReplay.CORPUS.toString(), "--kafka-config",
                missing.toString()));

        assertEquals(ErrorHandler.FAILED, result.exitCode());
        assertOneLine("newsflow ingest: cannot read --kafka-config " + missing + ": no such file or directory", result);
    }

    @Test
    void shouldSayInOneLineThatTheOutputFolderCannotBeMade() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Path out = file.resolve("out");

        CorpusReplay.Result result = CorpusReplay.run(List.of("run", CorpusReplay.CORPUS.toString(), "--out", out.toString()));

        assertEquals(ErrorHandler.FAILED, result.exitCode());
        assertOneLine("newsflow run: cannot create --out " + out + ": ", result);
    }

    @Test
    void shouldRefuseAMissingInputBeforeStartingAnything() {
        Path missing = dir.resolve("missing-folder");
        Path out = dir.resolve("out");

        CorpusReplay.Result result = CorpusReplay.run(List.of("run", missing.toString(), "--out", out.toString()));

        assertEquals(2, result.exitCode(), result.err());
        assertEquals(List.of("INPUT " + missing + ": no such file or directory"), result.err().lines().toList());
        assertTrue(Files.notExists(out), "nothing made and no broker started (it keeps its data in OUT/.newsflow)");
    }

    @Test
    void shouldRefuseAMissingInputBeforeConnectingToKafka() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "Titel\nText.\n");
        Path missing = dir.resolve("missing.txt");

        // nothing listens on port 1: a command that tried to connect would fail with exit 1, not 2
        CorpusReplay.Result result = CorpusReplay.run(List.of("ingest", good.toString(), missing.toString(),
                "--bootstrap-servers", "127.0.0.1:1"));

        assertEquals(2, result.exitCode(), result.err());
        assertEquals(List.of("INPUT " + missing + ": no such file or directory"), result.err().lines().toList());
    }

    @Test
    void shouldNameTheUnknownOptionAndSuggestTheRightOneRatherThanTheMissingOne() {
        Path out = dir.resolve("out");

        CorpusReplay.Result result = CorpusReplay.run(List.of("run", CorpusReplay.CORPUS.toString(), "--outt", out.toString()));

        assertEquals(2, result.exitCode(), result.err());
        assertEquals(List.of("Unknown option: '--outt'", "Possible solutions: --out",
                "Try 'newsflow run --help' for more information."), result.err().lines().toList());
        assertTrue(Files.notExists(out), "nothing made, no broker started");
    }

    @Test
    void shouldNameAMissingRequiredOptionWithoutTheWholeUsage() {
        CorpusReplay.Result result = CorpusReplay.run(List.of("run", CorpusReplay.CORPUS.toString()));

        assertEquals(2, result.exitCode(), result.err());
        assertEquals(List.of("Missing required option: '--out=DIR'", "Try 'newsflow run --help' for more information."),
                result.err().lines().toList());
    }

    @Test
    void shouldSuggestTheCommandMeantWhenOneIsMisspelt() {
        CorpusReplay.Result result = CorpusReplay.run(List.of("runn", CorpusReplay.CORPUS.toString()));

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("Did you mean: newsflow run?"), result.err());
    }

    @Test
    void shouldRefuseAMissingKnowledgeBaseBeforeStartingAnything() {
        Path missing = dir.resolve("entities.json");
        Path out = dir.resolve("out");

        CorpusReplay.Result result = CorpusReplay.run(List.of("run", CorpusReplay.CORPUS.toString(), "--out", out.toString(),
                "--knowledge-base", missing.toString()));

        assertEquals(2, result.exitCode(), result.err());
        assertEquals(List.of("--knowledge-base " + missing + ": no such file"), result.err().lines().toList());
        assertTrue(Files.notExists(out), "nothing made, no broker started");
    }

    @Test
    void shouldRefuseAnOutputFolderInsideAnInputFolder() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));

        CorpusReplay.Result result = CorpusReplay.run(List.of("run", in.toString(), "--out", in.resolve("out").toString()));

        assertEquals(2, result.exitCode());
        assertTrue(result.err().startsWith("--out " + in.resolve("out") + " is inside the input folder " + in), result.err());
        assertTrue(Files.notExists(in.resolve("out")), "nothing written into the input folder");
    }

    @Test
    void shouldRefuseToWatchStdin() {
        CorpusReplay.Result result = CorpusReplay.run(List.of("ingest", "-", "--watch", "--state-dir", dir.toString()));

        assertEquals(2, result.exitCode());
        assertTrue(result.err().startsWith("--watch reads files and directories, not stdin ('-')"), result.err());
    }

    @Test
    void shouldRefuseAWatchStateDirectoryInsideAnInputFolder() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));

        CorpusReplay.Result result = CorpusReplay.run(List.of("ingest", in.toString(), "--watch",
                "--state-dir", in.resolve("state").toString()));

        assertEquals(2, result.exitCode());
        assertTrue(result.err().startsWith("the state directory " + in.resolve("state") + " is inside the input folder"),
                result.err());
    }

    @Test
    void shouldKeepADefaultWatchStateDirectoryPerSetOfInputsOutsideThem() {
        Path ab = IngestCommand.defaultStateDir(List.of("news/a", "news/b"));

        assertEquals(ab, IngestCommand.defaultStateDir(List.of("news/b", "./news/a")), "same inputs, same state");
        assertTrue(!ab.equals(IngestCommand.defaultStateDir(List.of("news/a"))), "other inputs, other state");
        assertTrue(ab.startsWith(Path.of(System.getProperty("user.home"), ".newsflow")), ab::toString);
    }

    @Test
    void shouldRefuseAMetricsPortOutOfRangeBeforeStartingAnything() {
        Path out = dir.resolve("out");

        CorpusReplay.Result result = CorpusReplay.run(List.of("run", CorpusReplay.CORPUS.toString(), "--out", out.toString(),
                "--metrics-port", "70000"));

        assertEquals(2, result.exitCode(), result.err());
        assertEquals("--metrics-port must be between 0 and 65535, not 70000", result.err().lines().findFirst().orElse(""));
        assertTrue(Files.notExists(out), "nothing made, no broker started");
    }

    @Test
    void shouldRefuseAMetricsAddressWithoutAPort() {
        CorpusReplay.Result result = CorpusReplay.run(List.of("enrich", "--state-dir", dir.toString(),
                "--metrics-bind", "0.0.0.0"));

        assertEquals(2, result.exitCode(), result.err());
        assertEquals("--metrics-bind needs --metrics-port", result.err().lines().findFirst().orElse(""));
    }

    @Test
    void shouldSayInOneLineThatTheMetricsPortIsTakenBeforeConnectingToKafka() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            // nothing listens on port 1: a command that tried to connect would fail on that instead
            CorpusReplay.Result result = CorpusReplay.run(List.of("sink", "--out", dir.resolve("out").toString(),
                    "--bootstrap-servers", "127.0.0.1:1", "--metrics-port", Integer.toString(taken.getLocalPort())));

            assertEquals(ErrorHandler.FAILED, result.exitCode());
            assertOneLine("newsflow sink: cannot serve --metrics-port " + taken.getLocalPort() + " on 127.0.0.1: ", result);
        }
    }

    @Test
    void shouldNameTheFileAndTheProblemOfAFileSystemError() {
        Exception e = new IllegalStateException(new AccessDeniedException("/srv/out"));

        assertEquals("/srv/out: permission denied", ErrorHandler.message(e));
    }

    private static void assertOneLine(String expectedStart, CorpusReplay.Result result) {
        List<String> lines = result.err().lines().toList();
        assertEquals(1, lines.size(), result.err());
        assertTrue(lines.get(0).startsWith(expectedStart), result.err());
    }
}
