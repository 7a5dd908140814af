package dev.newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'newsflow run' as a user runs it: its own embedded KRaft broker, the real model, real files. */
class RunEmbeddedEndToEndTest {

    @Test
    void shouldWriteEveryCorpusArticleOnceAndNothingAgainOnReplay(@TempDir Path out) throws Exception {
        CorpusReplay.Replay replay = CorpusReplay.replayTwice(out, List.of());

        // standard error here is no terminal: a plain line per step, in order, each with its time
        List<String> said = replay.first().err().lines().toList();
        assertStep("starting Kafka (embedded, data in " + out.resolve(".newsflow") + ")", said, 0);
        assertStep("loading the German model", said, 1);
        assertStep("starting the enrich topology", said, 2);
    }

    private static void assertStep(String step, List<String> said, int line) {
        assertTrue(said.size() > line && Pattern.matches(Pattern.quote(step + " … ") + "\\d+\\.\\d s", said.get(line)),
                "line " + (line + 1) + " should say '" + step + " … N.N s': " + said);
    }
}
