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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** 'newsflow eval ner', in-process, on the real model: the GermEval 2014 dev file must stay above the floors. */
class EvalNerCommandTest {

    private static final Path DEV = Path.of("../eval/germeval2014/NER-de-dev.tsv");
    private static final Pattern LAST_LINE =
            Pattern.compile("ner coarse F1=(\\d\\.\\d{3}) official F1=(\\d\\.\\d{3}) tokens/s=(\\d+)");
    /** Measured on the dev file: coarse 0.788, official 0.775 (docs/ner.md); the floors leave room for noise only. */
    private static final double COARSE_FLOOR = 0.780;
    private static final double OFFICIAL_FLOOR = 0.767;

    @TempDir
    Path dir;

    @Test
    void shouldScoreTheDevFileAboveTheFloors() {
        Result result = run("eval", "ner", DEV.toString());

        assertEquals(0, result.exitCode(), result.err());
        Matcher last = lastLine(result);
        assertTrue(Double.parseDouble(last.group(1)) >= COARSE_FLOOR, last.group());
        assertTrue(Double.parseDouble(last.group(2)) >= OFFICIAL_FLOOR, last.group());
        assertTrue(Long.parseLong(last.group(3)) > 0, last.group());
        assertTrue(result.out().contains("LOCderiv"), "the official table lists the twelve classes");
    }

    @Test
    void shouldReproduceTheModelAlonesFigureWithoutTheRules() {
        Result result = run("eval", "ner", "--without", "all", DEV.toString());

        assertEquals(0, result.exitCode(), result.err());
        double coarse = Double.parseDouble(lastLine(result).group(1));
        assertTrue(coarse > 0.72 && coarse < COARSE_FLOOR - 0.02, "CoreNLP alone scored " + coarse);
        assertTrue(result.out().contains("rules: none (the model alone)"), result.out());
    }

    @Test
    void shouldNameTheFileAndLineOfAMalformedLine() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.tsv"), "#\tsource\n1\tDie\tO\tO\n2\tKatze\tB-PERSON\tO\n");

        Result result = run("eval", "ner", file.toString());

        assertEquals(ErrorHandler.FAILED, result.exitCode());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().strip().endsWith(file + ", line 3: unknown tag 'B-PERSON'"), result.err());
    }

    @Test
    void shouldSayInOneLineThatTheFileIsMissing() {
        Path missing = dir.resolve("missing.tsv");

        Result result = run("eval", "ner", missing.toString());

        assertEquals(ErrorHandler.FAILED, result.exitCode());
        assertTrue(result.err().strip().endsWith(missing + ": no such file"), result.err());
    }

    @Test
    void shouldListTheRulesWhenAskedToLeaveOutAnUnknownOne() throws Exception {
        Path file = Files.writeString(dir.resolve("one.tsv"), "1\tBerlin\tB-LOC\tO\n");

        Result result = run("eval", "ner", "--without", "spelling", file.toString());

        assertEquals(ErrorHandler.FAILED, result.exitCode());
        assertTrue(result.err().contains("no rule 'spelling'; the rules are leading-function-words, "), result.err());
    }

    @Test
    void shouldNameEveryRuleInItsHelp() {
        Result help = run("eval", "ner", "--help");
        Result unknown = run("eval", "ner", "--without", "?", DEV.toString());
        String rules = unknown.err().substring(unknown.err().indexOf("the rules are ") + "the rules are ".length()).strip();

        for (String rule : rules.split(", ")) {
            assertTrue(help.out().replaceAll("\\s+", " ").contains(rule), rule + " missing from --help");
        }
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
