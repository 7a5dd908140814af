package dev.newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad inputs next to a good one: each reported once by name, the good one delivered, nothing deleted. */
class RunBadInputTest {

    @Test
    void shouldReportEachBadInputOnOneLineAndDeliverTheRest(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(CorpusReplay.CORPUS.resolve("004_279e27fa4c338c08.txt"), in.resolve("good.txt"));
        Files.writeString(in.resolve("empty.txt"), "");
        Files.write(in.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
        Files.writeString(in.resolve("broken.json"), "{\"text\": \"Ein Satz.\"");

        CorpusReplay.Result result = CorpusReplay.run(List.of("run", in.toString(), "--out", dir.resolve("out").toString(),
                "--no-tagging"));

        assertEquals(ErrorHandler.SOME_REJECTED, result.exitCode(), result.err());
        List<String> rejected = result.err().lines().filter(l -> l.startsWith("rejected ")).toList();
        assertEquals(3, rejected.size(), result.err());
        assertTrue(rejected.stream().anyMatch(l -> l.contains("empty.txt") && l.contains("empty")), result.err());
        assertTrue(rejected.stream().anyMatch(l -> l.contains("binary.txt") && l.contains("binary")), result.err());
        assertTrue(rejected.stream().anyMatch(l -> l.contains("broken.json") && l.contains("JSON")), result.err());
        assertTrue(result.err().lines().noneMatch(l -> l.contains("Exception") || l.startsWith("\tat ")), "no stack trace");
        assertTrue(result.out().contains("newsflow run: 1 articles"), result.out());
        assertEquals(1, CorpusReplay.lines(dir.resolve("out")).values().stream().mapToInt(List::size).sum());
        assertEquals(4, Files.list(in).count(), "no input is moved or deleted");
    }

    @Test
    void shouldExplainAMissingOptionWithUsageAndExitCode2() {
        CorpusReplay.Result result = CorpusReplay.run(List.of("run", "corpus"));
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("Missing required option: '--out=DIR'"), result.err());
    }
}
