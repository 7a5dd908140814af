package dev.newsflow.cli;

import dev.newsflow.ingest.IoErrors;
import dev.newsflow.model.KafkaWait;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import picocli.CommandLine.Option;

/** The Kafka options every command shares. */
final class KafkaOptions {

    static final String DEFAULT_BOOTSTRAP = "localhost:9092";
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(60);

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]",
            description = "Kafka cluster to use (default: bootstrap.servers from --kafka-config, else "
                    + DEFAULT_BOOTSTRAP + "; 'run' starts an embedded broker instead).")
    String bootstrapServers;

    @Option(names = "--kafka-config", paramLabel = "FILE",
            description = "Client properties for every Kafka client (security.protocol, sasl.*, ssl.*, ...).")
    Path kafkaConfig;

    @Option(names = "--kafka-wait", paramLabel = "DURATION",
            description = "How long to wait for a cluster that does not answer at the start, saying so every 5 s: a "
                    + "duration, or 'forever' (default: 60s; 'enrich' and 'sink', services started in any order with "
                    + "the brokers: forever).")
    String kafkaWait;

    @Option(names = {"-v", "--verbose"}, description = "Log at INFO and show stack traces of errors.")
    void verbose(boolean on) {
        Logging.verbose(on);
    }

    /** Reads --kafka-config now, so that a file that is not there fails the command before anything starts. */
    void check() {
        fileProperties();
        waitLimit(false);
    }

    /**
     * How to wait for the cluster: as --kafka-wait says, else a minute for a command someone runs
     * and waits for, and for as long as it takes for a service; each line of the wait goes to {@code err}.
     */
    KafkaWait waitFor(boolean service, PrintWriter err) {
        return new KafkaWait(waitLimit(service), line -> {
            err.println(line);
            err.flush();
        });
    }

    private Duration waitLimit(boolean service) {
        if (kafkaWait == null) {
            return service ? null : DEFAULT_WAIT;
        }
        if (kafkaWait.equalsIgnoreCase("forever")) {
            return null;
        }
        Duration limit;
        try {
            limit = new DurationConverter().convert(kafkaWait);
        } catch (Exception e) {
            throw new IllegalArgumentException("--kafka-wait " + kafkaWait + ": " + e.getMessage()
                    + " (a duration such as 30s or 5m, or 'forever')", e);
        }
        if (limit.isNegative()) {
            throw new IllegalArgumentException("--kafka-wait " + kafkaWait + ": a wait cannot be negative");
        }
        return limit;
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
