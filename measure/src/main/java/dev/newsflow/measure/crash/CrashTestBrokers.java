package dev.newsflow.measure.crash;

import dev.newsflow.broker.ControllerQuorum;
import dev.newsflow.broker.EmbeddedBroker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.common.TopicPartitionInfo;

/**
 * The brokers of a crash-test pipeline: {@code newsflow broker} child processes, each one node of a
 * cluster on this machine (broker and controller in one), on ports fixed when the cluster is made,
 * so that a node SIGKILLed and started again on its data directory is where the clients look for it.
 * With three nodes every partition has three copies and {@code min.insync.replicas} 2 (see
 * {@link ControllerQuorum}); a node is killed only while the others have every partition in sync,
 * so never more than one is down.
 */
final class CrashTestBrokers implements AutoCloseable {

    private static final String READY = "Kafka broker ready on ";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final Path dir;
    private final Function<String, Path> logOf;
    private final ControllerQuorum quorum;
    private final Map<Integer, Integer> clientPorts = new TreeMap<>();
    private final Map<Integer, CrashTestProcess> nodes = new TreeMap<>();

    /**
     * @param logOf a new log file for each start of the named service
     */
    CrashTestBrokers(Path dir, int count, Function<String, Path> logOf) {
        this.dir = dir;
        this.logOf = logOf;
        int[] ports = EmbeddedBroker.freePorts(2 * count);
        Map<Integer, Integer> controllerPorts = new TreeMap<>();
        for (int id = 1; id <= count; id++) {
            clientPorts.put(id, ports[id - 1]);
            controllerPorts.put(id, ports[count + id - 1]);
        }
        this.quorum = ControllerQuorum.of(controllerPorts);
    }

    /** Starts every node at once (a node is ready only once a majority of the quorum is up) and waits for all. */
    CrashTestBrokers start() {
        quorum.nodeIds().forEach(id -> nodes.put(id, launch(id)));
        quorum.nodeIds().forEach(this::awaitReady);
        return this;
    }

    String bootstrapServers() {
        return clientPorts.values().stream().map(port -> "127.0.0.1:" + port).collect(Collectors.joining(","));
    }

    List<Integer> nodeIds() {
        return quorum.nodeIds();
    }

    int replicationFactor() {
        return quorum.replicationFactor();
    }

    /** SIGKILL: the node's data directory is left as the kill found it. Returns the killed process. */
    CrashTestProcess kill(int id) {
        CrashTestProcess node = nodes.get(id);
        node.kill();
        return node;
    }

    /** Starts the node again on its data directory and ports, and waits until the cluster counts it among its brokers. */
    CrashTestProcess restart(int id) {
        CrashTestProcess node = launch(id);
        nodes.put(id, node);
        awaitReady(id);
        return node;
    }

    /**
     * Waits until every partition, Kafka's internal topics included, has all its copies in sync: a
     * node started again has caught up with what was written while it was down, and another may die.
     */
    void awaitInSync(Admin admin, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> behind = List.of();
        while (System.nanoTime() < deadline) {
            failIfAnyEnded();
            behind = outOfSync(admin);
            if (behind.isEmpty()) {
                return;
            }
            pause();
        }
        throw new IllegalStateException("partitions still without all their copies in sync after " + timeout.toSeconds()
                + " s: " + behind.stream().limit(10).toList() + " (logs in " + dir.resolve("logs") + ")");
    }

    private static List<String> outOfSync(Admin admin) {
        try {
            Set<String> topics = admin.listTopics(new ListTopicsOptions().listInternal(true)).names().get();
            List<String> behind = new ArrayList<>();
            admin.describeTopics(topics).allTopicNames().get().forEach((topic, description) -> {
                for (TopicPartitionInfo p : description.partitions()) {
                    if (p.isr().size() < p.replicas().size()) {
                        behind.add(topic + "-" + p.partition() + " in sync " + p.isr().size() + " of " + p.replicas().size());
                    }
                }
            });
            return behind;
        } catch (ExecutionException e) {
            // a cluster that has just lost a node may fail a request or two
            return List.of("(cannot describe the topics: " + e.getCause().getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the brokers", e);
        }
    }

    void failIfAnyEnded() {
        nodes.values().forEach(CrashTestPipeline::failIfEnded);
    }

    private CrashTestProcess launch(int id) {
        String name = quorum.size() == 1 ? "broker" : "broker-" + id;
        return CrashTestProcess.start(name, logOf.apply(name), "1g", List.of(), List.of("broker",
                "--node-id", Integer.toString(id), "--port", Integer.toString(clientPorts.get(id)),
                "--controller-quorum", quorum.voters(), "--data-dir", dir.resolve(name).toString()));
    }

    private void awaitReady(int id) {
        CrashTestProcess node = nodes.get(id);
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!node.output().contains(READY)) {
            CrashTestPipeline.failIfEnded(node);
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(node + " did not start within " + START_TIMEOUT.toSeconds() + " s; log "
                        + node.log() + ":\n" + node.tail());
            }
            pause();
        }
    }

    private static void pause() {
        try {
            // the brokers are processes of their own; there is no clock to move
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the brokers", e);
        }
    }

    @Override
    public String toString() {
        return nodes.values().stream().map(CrashTestProcess::toString).collect(Collectors.joining(", "));
    }

    /**
     * SIGTERM to every node at once, then waits for each: a node stopped last on its own would wait,
     * in its controlled shutdown, for a quorum the others took with them. One that does not end in
     * time is killed; the run's output has been read by then.
     */
    @Override
    public void close() {
        List<String> killed = new ArrayList<>();
        nodes.values().stream().filter(CrashTestProcess::isAlive).forEach(CrashTestProcess::terminate);
        for (CrashTestProcess node : nodes.values()) {
            if (node.isAlive() && !node.awaitExit(STOP_TIMEOUT)) {
                node.kill();
                killed.add(node.toString());
            }
        }
        if (!killed.isEmpty()) {
            throw new IllegalStateException(killed + " did not stop within " + STOP_TIMEOUT.toSeconds() + " s of SIGTERM; killed");
        }
    }
}
