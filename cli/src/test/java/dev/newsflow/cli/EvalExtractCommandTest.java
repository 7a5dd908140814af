package dev.newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * 'newsflow eval extract', in-process, on the sample of trafilatura's benchmark committed with the
 * tests (31 pages, measure/src/test/resources/extract-sample): F1 must stay above the floor.
 */
class EvalExtractCommandTest {

    private static final Path SAMPLE = Path.of("../measure/src/test/resources/extract-sample");
    private static final Pattern LAST_LINE =
            Pattern.compile("extract precision=(\\d\\.\\d{4}) recall=(\\d\\.\\d{4}) accuracy=(\\d\\.\\d{4}) f1=(\\d\\.\\d{4})");
    /** Measured on the sample: F1 0.916 (docs/extraction.md); the floor leaves room for small changes only. */
    private static final double F1_FLOOR = 0.88;

    @TempDir
    Path dir;

    @Test
    void shouldScoreTheSampleAboveTheFloorAndDumpEachPage() throws Exception {
        Path dump = dir.resolve("texts");

        Result result = run("eval", "extract", SAMPLE.toString(), "--dump", dump.toString());

        assertEquals(0, result.exitCode(), result.err());
        Matcher last = lastLine(result);
        assertTrue(Double.parseDouble(last.group(4)) >= F1_FLOOR, last.group());
        assertTrue(result.out().contains("31 pages, 31 with main text (0 failed)"), result.out());
        assertTrue(result.out().lines().anyMatch(line -> line.matches("pages/s=\\d+\\.\\d")), result.out());
        try (Stream<Path> files = Files.list(dump)) {
            assertEquals(31, files.count());
        }
        assertTrue(Files.readString(dump.resolve("001f43cb87b4416b.txt")).length() > 500);
    }

    @Test
    void shouldScoreWhatEnrichKeepsOfEachPageWithRolesAndByPart() {
        for (List<String> options : List.of(List.of("--roles"), List.of("--roles", "--no-markup"))) {
            List<String> args = new java.util.ArrayList<>(List.of("eval", "extract", SAMPLE.toString()));
            args.addAll(options);

            Result result = run(args.toArray(String[]::new));

            assertEquals(0, result.exitCode(), result.err());
            assertTrue(Double.parseDouble(lastLine(result).group(4)) >= F1_FLOOR, result.out());
            assertTrue(result.out().lines().anyMatch(line -> line.startsWith("held-out precision=")), result.out());
        }
    }

    @Test
    void shouldShowThePagesWithTheMostMistakes() {
        Result result = run("eval", "extract", SAMPLE.toString(), "--show-mistakes", "2");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("  missed:  ") || result.out().contains("  left in: "), result.out());
    }

    @Test
    void shouldSayInOneLineThatThereIsNoEvalData() {
        Result result = run("eval", "extract", dir.toString());

        assertEquals(ErrorHandler.FAILED, result.exitCode());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().strip().endsWith(dir.resolve("evaldata.json") + ": no such file"), result.err());
    }

    private static Matcher lastLine(Result result) {
        List<String> lines = result.out().lines().toList();
        Matcher last = LAST_LINE.matcher(lines.get(lines.size() - 1));
        assertTrue(last.matches(), "last line: " + lines.get(lines.size() - 1));
        return last;
    }

    private record Result(int exitCode, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = NewsflowCommand.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int exitCode = command.execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }
}
