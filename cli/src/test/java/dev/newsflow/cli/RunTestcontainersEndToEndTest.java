package dev.newsflow.cli;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/** The same scenario against a Kafka broker in a container; skipped where there is no Docker engine. */
@Testcontainers(disabledWithoutDocker = true)
class RunTestcontainersEndToEndTest {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer(KafkaImage.name())
            .withEnv("KAFKA_MESSAGE_MAX_BYTES", "9437184");

    @Test
    void shouldWriteEveryCorpusArticleOnceAndNothingAgainOnReplay(@TempDir Path out) throws Exception {
        CorpusReplay.replayTwice(out, List.of("--bootstrap-servers", KAFKA.getBootstrapServers()));
    }
}
