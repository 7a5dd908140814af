package dev.newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.enrich.roles.RoleModel;
import java.io.IOException;
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
 * 'newsflow eval roles', in-process, with the bundled model, on 30 of the 610 scraped-text pages
 * (test resources, with their attribution): F1 must stay above a floor a little under what was
 * measured on them. The speed is printed, never asserted.
 */
class EvalRolesCommandTest {

    private static final Path SAMPLE = Path.of("src/test/resources/scraped-text-sample");
    private static final Pattern LAST_LINE =
            Pattern.compile("roles precision=(\\d\\.\\d{3}) recall=(\\d\\.\\d{3}) accuracy=(\\d\\.\\d{3}) f1=(\\d\\.\\d{3})");
    /** Measured on the sample: F1 0.905 (precision 0.878, recall 0.935); one snippet is worth about 0.005. */
    private static final double F1_FLOOR = 0.88;
    private static final double RECALL_FLOOR = 0.90;

    @TempDir
    Path dir;

    @Test
    void shouldScoreTheSampleAboveTheFloor() {
        Result result = run("eval", "roles", SAMPLE.toString());

        assertEquals(0, result.exitCode(), result.err());
        Matcher last = lastLine(result);
        assertTrue(Double.parseDouble(last.group(4)) >= F1_FLOOR, last.group());
        assertTrue(Double.parseDouble(last.group(2)) >= RECALL_FLOOR, last.group());
        assertTrue(result.out().contains("lines/s on one thread"), result.out());
        assertTrue(result.out().lines().anyMatch(line -> line.startsWith("held-out")), result.out());
    }

    @Test
    void shouldWriteTheKeptTextOfEachPage() throws IOException {
        Path out = dir.resolve("kept");

        Result result = run("eval", "roles", SAMPLE.toString(), "--dump", out.toString());

        assertEquals(0, result.exitCode(), result.err());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(30, files.count());
        }
        // the first page of the sample, a news item from tdg.ch: more than its headline is kept
        String kept = Files.readString(out.resolve("001f43cb87b4416b.txt"));
        assertTrue(kept.lines().count() > 3, kept);
    }

    @Test
    void shouldTrainAModelItCanReadAgain() throws IOException {
        Path model = dir.resolve("model.tsv");

        Result trained = run("eval", "roles", SAMPLE.toString(), "--train", model.toString());
        Result measured = run("eval", "roles", SAMPLE.toString(), "--model", model.toString());

        assertEquals(0, trained.exitCode(), trained.err());
        assertTrue(trained.out().contains("trained on the tune part: "), trained.out());
        RoleModel.parse(Files.readAllLines(model));
        assertEquals(0, measured.exitCode(), measured.err());
        assertEquals(lastLine(trained).group(), lastLine(measured).group());
    }

    @Test
    void shouldMeasureTheRulesAloneAndShowAPage() {
        Result result = run("eval", "roles", SAMPLE.toString(), "--rules", "--show", "001f43cb87b4416b");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("001f43cb87b4416b ("), result.out());
        assertTrue(Double.parseDouble(lastLine(result).group(4)) > 0.7, lastLine(result).group());
    }

    @Test
    void shouldSayInOneLineThatTheDirectoryHasNoEvaluationData() {
        Result result = run("eval", "roles", dir.toString());

        assertEquals(CommandLine.ExitCode.USAGE, result.exitCode());
        assertTrue(result.err().contains("no evaldata.json in " + dir), result.err());
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
