package dev.newsflow.cli;

import dev.newsflow.ingest.IoErrors;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import picocli.CommandLine.Option;

/** The Kafka options every command shares. */
final class KafkaOptions {

    static final String DEFAULT_BOOTSTRAP = "localhost:9092";

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]",
            description = "Kafka cluster to use (default: bootstrap.servers from --kafka-config, else "
                    + DEFAULT_BOOTSTRAP + "; 'run' starts an embedded broker instead).")
    String bootstrapServers;

    @Option(names = "--kafka-config", paramLabel = "FILE",
            description = "Client properties for every Kafka client (security.protocol, sasl.*, ssl.*, ...).")
    Path kafkaConfig;

    @Option(names = {"-v", "--verbose"}, description = "Log at INFO and show stack traces of errors.")
    void verbose(boolean on) {
        Logging.verbose(on);
    }

    /** Reads --kafka-config now, so that a file that is not there fails the command before anything starts. */
    void check() {
        fileProperties();
    }

    /** Whether a cluster was named; without one, 'run' starts its own broker. */
    boolean namesCluster() {
        return bootstrapServers != null || fileProperties().containsKey(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG);
    }

    /** Client properties: the file's, then the bootstrap servers of the command line. */
    Map<String, Object> client() {
        Map<String, Object> client = new HashMap<>();
        client.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, DEFAULT_BOOTSTRAP);
        fileProperties().forEach((k, v) -> client.put(k.toString(), v));
        if (bootstrapServers != null) {
            client.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        }
        return client;
    }

    Map<String, Object> client(String bootstrap) {
        Map<String, Object> client = client();
        client.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return client;
    }

    private Properties fileProperties() {
        Properties props = new Properties();
        if (kafkaConfig != null) {
            try (Reader in = Files.newBufferedReader(kafkaConfig)) {
                props.load(in);
            } catch (IOException | IllegalArgumentException e) {
                // IllegalArgumentException: a malformed unicode escape in the file
                String why = e instanceof IOException io ? IoErrors.describe(io) : e.getMessage();
                throw new IllegalArgumentException("cannot read --kafka-config " + kafkaConfig + ": " + why, e);
            }
        }
        return props;
    }
}
