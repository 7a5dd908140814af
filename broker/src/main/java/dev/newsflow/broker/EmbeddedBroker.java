package dev.newsflow.broker;

import dev.newsflow.model.Topics;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Kafka node in this process: the real KRaft broker and controller from the Kafka artifacts,
 * listening on loopback; a single-node cluster, or one node of a cluster of a few on this machine
 * ({@link ControllerQuorum}). Its log directory is formatted on first use and kept, so data and
 * committed offsets survive a restart on the same directory, a restart after a SIGKILL included
 * (Kafka recovers the logs it finds unflushed).
 */
public final class EmbeddedBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedBroker.class);
    private static final int BIND_ATTEMPTS = 5;
    private static final Duration READY_POLL = Duration.ofMillis(100);

    /**
     * The listener clients (and the broker's own inter-broker traffic, such as transaction
     * markers) use; PLAINTEXT unless the broker properties map it to another protocol, e.g.
     * {@code listener.security.protocol.map=CLIENT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT}.
     */
    public static final String CLIENT_LISTENER = "CLIENT";

    private final KafkaRaftServer server;
    private final int nodeId;
    private final String bootstrapServers;

    private EmbeddedBroker(KafkaRaftServer server, int nodeId, String bootstrapServers) {
        this.server = server;
        this.nodeId = nodeId;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Starts a broker on the given port (0: a free one) with its data in the given directory.
     *
     * @param brokerProperties extra broker settings, e.g. listeners with SASL; they win
     */
    public static EmbeddedBroker start(Path dataDir, int port, Map<String, String> brokerProperties) {
        return start(dataDir, port, brokerProperties, Map.of());
    }

    /**
     * As {@link #start(Path, int, Map)}, for a broker whose client listener needs credentials.
     *
     * @param clientProperties what a client needs besides the address (security.protocol, sasl.*):
     *     used to see when the broker is ready
     */
    public static EmbeddedBroker start(Path dataDir, int port, Map<String, String> brokerProperties,
                                       Map<String, Object> clientProperties) {
        RuntimeException last = null;
        // the bound port cannot be read back, so free ports are picked first; another process can
        // take one in between, hence the retries
        for (int attempt = 1; attempt <= BIND_ATTEMPTS; attempt++) {
            int[] free = freePorts(2);
            int brokerPort = port != 0 ? port : free[0];
            int controllerPort = free[0] != brokerPort ? free[0] : free[1];
            try {
                return startOn(dataDir, 1, brokerPort, ControllerQuorum.single(controllerPort), brokerProperties, clientProperties);
            } catch (RuntimeException e) {
                last = e;
                if (port != 0 || !isBindError(e)) {
                    break;
                }
                log.warn("Port {} or {} was taken, trying others", brokerPort, controllerPort);
            }
        }
        throw last;
    }

    /**
     * Starts node {@code nodeId} of the cluster {@code quorum}, its controller on the port the quorum
     * gives it, its client listener on {@code port}, its data in {@code dataDir}. Returns once the
     * cluster counts it among its brokers, which takes a majority of the quorum's nodes: start the
     * nodes of a new cluster at the same time (as processes of their own, or on threads).
     */
    public static EmbeddedBroker startNode(Path dataDir, int nodeId, int port, ControllerQuorum quorum,
                                           Map<String, String> brokerProperties) {
        if (port == 0) {
            // the ports are fixed so that a node restarted on its directory is found where it was
            throw new IllegalArgumentException("a node of a cluster needs a fixed client port");
        }
        return startOn(dataDir, nodeId, port, quorum, brokerProperties, Map.of());
    }

    private static EmbeddedBroker startOn(Path dataDir, int nodeId, int brokerPort, ControllerQuorum quorum,
                                          Map<String, String> brokerProperties, Map<String, Object> clientProperties) {
        Path logDir = dataDir.toAbsolutePath().resolve("kraft");
        int controllerPort = quorum.controllerPort(nodeId);
        String replication = Integer.toString(quorum.replicationFactor());
        String minInsync = Integer.toString(quorum.minInsyncReplicas());
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", Integer.toString(nodeId));
        props.put("controller.quorum.voters", quorum.voters());
        props.put("listeners", CLIENT_LISTENER + "://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", CLIENT_LISTENER + "://127.0.0.1:" + brokerPort);
        props.put("listener.security.protocol.map", CLIENT_LISTENER + ":PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", CLIENT_LISTENER);
        props.put("log.dirs", logDir.toString());
        // every topic, Kafka's internal ones and those newsflow and Kafka Streams create alike, as
        // many copies as the quorum says and as many in sync before a write counts
        props.put("offsets.topic.replication.factor", replication);
        props.put("offsets.topic.num.partitions", "4");
        props.put("transaction.state.log.replication.factor", replication);
        props.put("transaction.state.log.min.isr", minInsync);
        props.put("transaction.state.log.num.partitions", "4");
        props.put("share.coordinator.state.topic.replication.factor", replication);
        props.put("share.coordinator.state.topic.min.isr", minInsync);
        props.put("min.insync.replicas", minInsync);
        props.put("default.replication.factor", replication);
        props.put("num.partitions", "4");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("message.max.bytes", Integer.toString(Topics.MAX_MESSAGE_BYTES + 1024));
        props.put("auto.create.topics.enable", "false");
        props.putAll(brokerProperties);
        KafkaConfig config = KafkaConfig.fromProps(props, false);
        format(logDir, nodeId, quorum);
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        EmbeddedBroker broker = new EmbeddedBroker(server, nodeId, "127.0.0.1:" + brokerPort);
        try {
            broker.awaitReady(Duration.ofSeconds(60), clientProperties);
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
        log.info("Embedded broker {} of {} ready on {} with data in {}", nodeId, quorum, broker.bootstrapServers, logDir);
        return broker;
    }

    private static void format(Path logDir, int nodeId, ControllerQuorum quorum) {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(logDir);
            new Formatter()
                    .setPrintStream(new PrintStream(PrintStream.nullOutputStream()))
                    .setNodeId(nodeId)
                    .setClusterId(quorum.clusterId())
                    .setDirectories(List.of(logDir.toString()))
                    .setControllerListenerName("CONTROLLER")
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setIgnoreFormatted(true)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the broker's data directory " + logDir, e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot format the broker's data directory " + logDir + ": " + e.getMessage(), e);
        }
    }

    private void awaitReady(Duration timeout, Map<String, Object> clientProperties) {
        Map<String, Object> adminConfig = new HashMap<>(clientProperties);
        adminConfig.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(adminConfig)) {
            // this node among the brokers: registered with the active controller, caught up and unfenced
            await(() -> admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).stream().anyMatch(n -> n.id() == nodeId),
                    timeout, READY_POLL);
        }
    }

    /**
     * Asks {@code ready} until it says yes, pausing between tries; fails once {@code timeout} has
     * passed, whether the last try failed or answered no (a broker that answers with no nodes).
     */
    static void await(Callable<Boolean> ready, Duration timeout, Duration pause) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (true) {
            try {
                if (ready.call()) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the embedded broker", e);
            } catch (Exception e) {
                last = e;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("the embedded broker did not come up within " + timeout, last);
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the embedded broker", e);
            }
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public int nodeId() {
        return nodeId;
    }

    public void awaitShutdown() {
        server.awaitShutdown();
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        log.info("Embedded broker {} on {} stopped", nodeId, bootstrapServers);
    }

    static int freePort() {
        return freePorts(1)[0];
    }

    /**
     * {@code count} different free ports. The sockets stay open until all are picked: the system
     * may hand a closed socket's port out again at once, and a broker given one port for two
     * listeners refuses to start.
     */
    public static int[] freePorts(int count) {
        ServerSocket[] sockets = new ServerSocket[count];
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                sockets[i] = new ServerSocket(0);
                sockets[i].setReuseAddress(true);
                ports[i] = sockets[i].getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on this machine", e);
        } finally {
            for (ServerSocket socket : sockets) {
                if (socket != null) {
                    try {
                        socket.close();
                    } catch (IOException ignored) {
                        // the port was only looked at
                    }
                }
            }
        }
    }

    private static boolean isBindError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException || String.valueOf(t.getMessage()).contains("Address already in use")) {
                return true;
            }
        }
        return false;
    }
}
