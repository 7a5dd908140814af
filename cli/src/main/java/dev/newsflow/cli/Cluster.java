package dev.newsflow.cli;

import dev.newsflow.broker.EmbeddedBroker;
import java.nio.file.Path;
import java.util.Map;

/** The Kafka cluster a command talks to: the one named on the command line, or an embedded one. */
final class Cluster implements AutoCloseable {

    private final EmbeddedBroker embedded;
    private final Map<String, Object> client;

    private Cluster(EmbeddedBroker embedded, Map<String, Object> client) {
        this.embedded = embedded;
        this.client = client;
    }

    /** The named cluster, or else a broker started in this process with its data in {@code dataDir}. */
    static Cluster namedOrEmbedded(KafkaOptions kafka, Path dataDir) {
        if (kafka.namesCluster()) {
            return new Cluster(null, kafka.client());
        }
        EmbeddedBroker broker = EmbeddedBroker.start(dataDir, 0, Map.of());
        return new Cluster(broker, kafka.client(broker.bootstrapServers()));
    }

    Map<String, Object> client() {
        return client;
    }

    String describe() {
        return embedded != null ? "embedded broker " + embedded.bootstrapServers() : String.valueOf(client.get("bootstrap.servers"));
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
