package dev.newsflow.cli;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'newsflow run' as a user runs it: its own embedded KRaft broker, the real model, real files. */
class RunEmbeddedEndToEndTest {

    @Test
    void shouldWriteEveryCorpusArticleOnceAndTheSameAgainOnReplay(@TempDir Path out) throws Exception {
        CorpusReplay.replayTwice(out, List.of());
    }
}
