package dev.newsflow.cli;

import dev.newsflow.broker.ControllerQuorum;
import dev.newsflow.broker.EmbeddedBroker;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "broker", mixinStandardHelpOptions = true,
        header = "Run a Kafka broker (KRaft) until stopped: a single-node cluster, or one node of a cluster on this machine.",
        description = {"The real Kafka broker and controller in one process, listening on 127.0.0.1. "
            + "Data and committed offsets are kept in --data-dir and survive a restart, after a SIGKILL too. "
            + "For development and tests; production runs a real cluster (see docker-compose.yml).",
            "",
            "A cluster of three: start three brokers, each with its own --node-id, --port and --data-dir and the same "
            + "--controller-quorum, e.g. 1@127.0.0.1:9093,2@127.0.0.1:9193,3@127.0.0.1:9293. Each node is broker and "
            + "controller; topics get three copies (replication factor 3) and min.insync.replicas 2, Kafka's internal "
            + "topics too, so one node may be down at a time without losing a write. The cluster id is derived from "
            + "the quorum, so a node's data directory belongs to that quorum."})
final class BrokerCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "9092", description = "Client port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--data-dir", required = true, paramLabel = "DIR", description = "Where the broker keeps its data.")
    Path dataDir;

    @Option(names = "--node-id", paramLabel = "N", description = "This node's id in --controller-quorum (default: 1).")
    Integer nodeId;

    @Option(names = "--controller-quorum", paramLabel = "ID@127.0.0.1:PORT,...",
            description = "The controllers of the cluster, every node's id and controller port, as Kafka's "
                + "controller.quorum.voters (default: this node alone, its controller on a free port).")
    String controllerQuorum;

    @Option(names = {"-v", "--verbose"}, description = "Log at INFO and show stack traces of errors.")
    void verbose(boolean on) {
        Logging.verbose(on);
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ControllerQuorum quorum = quorum();
        java.nio.file.Files.createDirectories(dataDir);
        Path log = Logging.toFile(dataDir.resolve("broker.log"));
        EmbeddedBroker broker = quorum == null
                ? EmbeddedBroker.start(dataDir, port, Map.of())
                : EmbeddedBroker.startNode(dataDir, nodeId == null ? 1 : nodeId, port, quorum, Map.of());
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "broker-shutdown"));
        String node = quorum == null ? "" : String.format(" (node %d of %d, replication factor %d, min.insync.replicas %d)",
                broker.nodeId(), quorum.size(), quorum.replicationFactor(), quorum.minInsyncReplicas());
        System.out.printf("Kafka broker ready on %s%s, data in %s, log in %s. Stop with Ctrl-C.%n",
                broker.bootstrapServers(), node, dataDir, log);
        broker.awaitShutdown();
        return 0;
    }

    /** The quorum named, checked against this node; none for a single node on a free controller port. */
    private ControllerQuorum quorum() {
        if (controllerQuorum == null) {
            if (nodeId != null && nodeId != 1) {
                throw new ParameterException(spec.commandLine(), "--node-id " + nodeId + " needs --controller-quorum "
                        + "(a single node is node 1)");
            }
            return null;
        }
        ControllerQuorum quorum;
        try {
            quorum = ControllerQuorum.parse(controllerQuorum);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--controller-quorum: " + e.getMessage());
        }
        int id = nodeId == null ? 1 : nodeId;
        if (!quorum.contains(id)) {
            throw new ParameterException(spec.commandLine(), "--node-id " + id + " is not in --controller-quorum " + quorum
                    + " (nodes " + quorum.nodeIds() + ")");
        }
        if (port == 0) {
            throw new ParameterException(spec.commandLine(), "--port 0 with --controller-quorum: a node of a quorum needs "
                    + "a fixed client port, so that a restart is found where it was");
        }
        if (port == quorum.controllerPort(id)) {
            throw new ParameterException(spec.commandLine(), "--port " + port + " is this node's controller port too");
        }
        return quorum;
    }
}
