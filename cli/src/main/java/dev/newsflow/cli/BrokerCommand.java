package dev.newsflow.cli;

import dev.newsflow.broker.EmbeddedBroker;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "broker", mixinStandardHelpOptions = true,
        header = "Run a single-node Kafka broker (KRaft) until stopped.",
        description = {"The real Kafka broker and controller in one process, listening on 127.0.0.1. "
            + "Data and committed offsets are kept in --data-dir and survive a restart. "
            + "For development and tests; production runs a real cluster (see docker-compose.yml)."})
final class BrokerCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "9092", description = "Client port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--data-dir", required = true, paramLabel = "DIR", description = "Where the broker keeps its data.")
    Path dataDir;

    @Option(names = {"-v", "--verbose"}, description = "Log at INFO and show stack traces of errors.")
    void verbose(boolean on) {
        Logging.verbose(on);
    }

    @Override
    public Integer call() throws Exception {
        java.nio.file.Files.createDirectories(dataDir);
        Path log = Logging.toFile(dataDir.resolve("broker.log"));
        EmbeddedBroker broker = EmbeddedBroker.start(dataDir, port, Map.of());
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "broker-shutdown"));
        System.out.printf("Kafka broker ready on %s, data in %s, log in %s. Stop with Ctrl-C.%n",
                broker.bootstrapServers(), dataDir, log);
        broker.awaitShutdown();
        return 0;
    }
}
