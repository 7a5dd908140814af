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

        CorpusReplay.Result result = CorpusReplay.run(List.of("ingest", "corpus", "--kafka-config", missing.toString()));

        assertEquals(ErrorHandler.FAILED, result.exitCode());
        assertOneLine("newsflow ingest: cannot read --kafka-config " + missing + ": no such file or directory", result);
    }

    @Test
    void shouldSayInOneLineThatTheOutputFolderCannotBeMade() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Path out = file.resolve("out");

        CorpusReplay.Result result = CorpusReplay.run(List.of("run", "corpus", "--out", out.toString()));

        assertEquals(ErrorHandler.FAILED, result.exitCode());
        assertOneLine("newsflow run: cannot create --out " + out + ": ", result);
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
