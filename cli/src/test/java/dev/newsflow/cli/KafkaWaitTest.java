package dev.newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.broker.EmbeddedBroker;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command started while the cluster is down waits for it, saying so, and goes on once it answers. */
class KafkaWaitTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    @Test
    void ingestWaitsForABrokerThatStartsLaterAndThenPublishes() throws Exception {
        Path article = Files.writeString(dir.resolve("late-broker.txt"), "Später Broker\nEr kam nach zehn Sekunden.\n");
        int port = freePort();
        try (BackgroundCommand ingest = BackgroundCommand.start("ingest", article.toString(),
                "--bootstrap-servers", "127.0.0.1:" + port, "--kafka-wait", "80s")) {
            ingest.await("a line saying it waits", () -> ingest.err().contains("waiting for Kafka at 127.0.0.1:" + port
                    + ": no answer for"), WAIT);
            try (EmbeddedBroker broker = EmbeddedBroker.start(dir.resolve("broker"), port, Map.of())) {
                assertEquals(0, ingest.exitCode(WAIT), ingest.err());
                assertTrue(ingest.err().contains("Kafka at 127.0.0.1:" + port + " answers after"), ingest.err());
                assertTrue(ingest.out().startsWith("Published 1 articles from 1 files"), ingest.out());
            }
        }
    }

    @Test
    void givesUpAfterItsWaitNamingTheClusterAndTheOption() {
        CorpusReplay.Result result = CorpusReplay.run(List.of("ingest", "../corpus", "--bootstrap-servers", "127.0.0.1:1",
                "--kafka-wait", "3s"));

        assertEquals(ErrorHandler.FAILED, result.exitCode(), result.err());
        assertTrue(result.err().lines().anyMatch(line -> line.equals("newsflow ingest: cannot reach Kafka at 127.0.0.1:1 "
                + "within 3 s (is a broker running? 'newsflow broker --data-dir DIR' starts one; --kafka-wait waits longer)")),
                result.err());
    }

    @Test
    void aWaitThatIsNotADurationIsAMistakeInTheCommand() {
        CorpusReplay.Result result = CorpusReplay.run(List.of("ingest", "../corpus", "--bootstrap-servers", "127.0.0.1:1",
                "--kafka-wait", "soon"));

        assertTrue(result.err().contains("--kafka-wait soon:"), result.err());
        assertTrue(result.err().contains("'forever'"), result.err());
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
