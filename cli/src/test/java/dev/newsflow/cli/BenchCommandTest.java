package dev.newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.model.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * 'newsflow bench' in-process on a tiny corpus: that the command runs every stage and writes its
 * figures. Not a timed test: what the figures are is not checked, only that they are there.
 */
class BenchCommandTest {

    private static final Pattern LAST_LINE = Pattern.compile("bench ratio_dedup=\\d+\\.\\d{2} ratio_tagging=\\d+\\.\\d{2} "
            + "ratio_textbook=\\d+\\.\\d{2} records_per_article=\\d+\\.\\d articles_per_s=\\d+\\.\\d");

    @TempDir
    Path dir;

    @Test
    void shouldMeasureEveryStageAndWriteTheFigures() throws Exception {
        Path out = dir.resolve("results");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        CommandLine command = NewsflowCommand.commandLine();
        command.setOut(new PrintWriter(stdout, true));
        command.setErr(new PrintWriter(stderr, true));

        int exitCode = command.execute("bench", "--articles", "20", "--warmup", "0", "--latency-articles", "5",
                "--threads", "1", "--partitions", "2", "--corpus", CorpusReplay.CORPUS.toString(),
                "--out", out.toString(), "--work-dir", dir.resolve("work").toString(),
                // the stages with their metrics on, 'run' serving its own: what the cost measurement runs
                "--metrics-port", "0");

        assertEquals(0, exitCode, stderr.toString());
        List<String> lines = stdout.toString().lines().toList();
        String last = lines.get(lines.size() - 1);
        assertTrue(LAST_LINE.matcher(last).matches(), "last line: " + last);

        JsonNode figures = Json.MAPPER.readTree(out.resolve("bench.json").toFile());
        List<String> stages = new ArrayList<>();
        figures.get("stages").forEach(stage -> stages.add(stage.get("key").asText()));
        assertEquals(List.of("pass-through", "no-tagging", "textbook", "recogniser", "tagger", "full", "sink", "run"), stages);
        figures.get("stages").forEach(stage -> assertTrue(stage.get("articlesPerS").asDouble() > 0, stage.toString()));
        assertTrue(figures.get("ratios").get("textbook").asDouble() > 0, "ratio_textbook in bench.json");
        for (String stage : List.of("no-tagging", "textbook")) {
            assertTrue(figures.get("recordsPerArticle").get(stage).asDouble() > 0, "records inside Kafka per article, " + stage);
        }
        // the records by internal topic add up to the stage's records, and say where they go
        JsonNode noTagging = figures.get("stages").get(1);
        double byTopic = 0;
        for (JsonNode perArticle : noTagging.get("internalRecordsByTopic")) {
            byTopic += perArticle.asDouble();
        }
        assertEquals(noTagging.get("internalRecordsPerArticle").asDouble(), byTopic, 1e-9);
        assertTrue(noTagging.get("internalRecordsByTopic").has("newsflow.claims"), noTagging.toString());
        assertTrue(stdout.toString().contains("  verdicts-by-article-repartition"), stdout.toString());
        assertTrue(stdout.toString().contains("topology without tagging / textbook"), stdout.toString());
        // issue 15's targets: 0.15 for dedup (0.5 retired), and 0.8 for tagging below 20,000 articles
        assertEquals(0.15, figures.get("targets").get("dedup").asDouble());
        assertEquals(0.8, figures.get("targets").get("tagging").asDouble());
        assertTrue(stdout.toString().contains("target >= 0.15"), stdout.toString());
        assertEquals(last, figures.get("lastLine").asText());
        assertEquals(20, figures.get("corpus").get("articles").asInt());
        assertTrue(figures.get("options").get("metrics").asBoolean(), "bench.json says the metrics were on");
        assertTrue(stderr.toString().contains("Metrics on http://127.0.0.1:"), stderr.toString());
        assertTrue(Files.readString(out.resolve("bench.svg")).startsWith("<svg"), "the chart is an SVG");

        // the same work directory again: the sink would take the first run's files for its own
        // and wait for ever, so the second run is refused at once, and nothing is deleted
        StringWriter again = new StringWriter();
        CommandLine second = NewsflowCommand.commandLine();
        second.setErr(new PrintWriter(again, true));
        assertEquals(2, second.execute("bench", "--articles", "20", "--out", out.toString(),
                "--work-dir", dir.resolve("work").toString()), again.toString());
        assertTrue(again.toString().contains("--work-dir " + dir.resolve("work") + " holds an earlier run's broker"),
                again.toString());
        assertTrue(Files.isDirectory(dir.resolve("work").resolve("sink-out")), "the first run's files are kept");
    }

    @Test
    void shouldRefuseNoArticles() {
        StringWriter stderr = new StringWriter();
        CommandLine command = NewsflowCommand.commandLine();
        command.setErr(new PrintWriter(stderr, true));

        int exitCode = command.execute("bench", "--articles", "0", "--out", dir.toString());

        assertEquals(2, exitCode, stderr.toString());
        assertTrue(stderr.toString().contains("--articles"), stderr.toString());
    }
}
