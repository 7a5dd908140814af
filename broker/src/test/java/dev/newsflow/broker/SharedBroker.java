package dev.newsflow.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One embedded broker for the end-to-end tests that only need some cluster, started on first use
 * and stopped when the test JVM ends: each broker start costs seconds. Tests that share it use
 * their own file names (article ids come from them) and do not rely on topics being empty.
 */
public final class SharedBroker {

    private static EmbeddedBroker broker;

    private SharedBroker() {}

    public static synchronized String bootstrapServers() {
        if (broker == null) {
            try {
                Path dataDir = Files.createTempDirectory("newsflow-shared-broker");
                broker = EmbeddedBroker.start(dataDir, 0, Map.of());
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    broker.close();
                    deleteTree(dataDir);
                }, "shared-broker-shutdown"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return broker.bootstrapServers();
    }

    public static Map<String, Object> client() {
        return Map.of("bootstrap.servers", bootstrapServers());
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory; the OS cleans up what is left
        }
    }
}
