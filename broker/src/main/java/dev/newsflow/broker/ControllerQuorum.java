package dev.newsflow.broker;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.Uuid;

/**
 * The controllers of an embedded cluster on this machine: each node's id and the loopback port of
 * its controller listener, in Kafka's {@code controller.quorum.voters} syntax
 * ({@code 1@127.0.0.1:9093,2@127.0.0.1:9193,3@127.0.0.1:9293}). Every node of the cluster runs
 * broker and controller in one process and is given the same quorum.
 *
 * <p>The quorum also fixes what depends on the cluster's size: the replication of newsflow's topics
 * and of Kafka's internal ones (offsets, transactions), three copies where there are three nodes,
 * and {@code min.insync.replicas} one fewer, so that one node may be down and nothing acknowledged
 * is lost; and the cluster id, derived from the quorum, so that nodes started with the same quorum
 * format their data directories as one cluster without an id to pass around.
 */
public final class ControllerQuorum {

    /** Copies of each partition at most: Kafka's usual three, whatever the cluster's size. */
    public static final int MAX_REPLICATION = 3;

    private static final Pattern VOTER = Pattern.compile("(\\d+)@(127\\.0\\.0\\.1|localhost):(\\d+)");

    private final Map<Integer, Integer> controllerPorts;

    private ControllerQuorum(Map<Integer, Integer> controllerPorts) {
        this.controllerPorts = Collections.unmodifiableMap(new TreeMap<>(controllerPorts));
    }

    /** A cluster of one: node 1, its controller on the given port. */
    public static ControllerQuorum single(int controllerPort) {
        return of(Map.of(1, controllerPort));
    }

    /** Node ids to their controller ports on 127.0.0.1. */
    public static ControllerQuorum of(Map<Integer, Integer> controllerPorts) {
        if (controllerPorts.isEmpty()) {
            throw new IllegalArgumentException("a controller quorum needs at least one node");
        }
        controllerPorts.forEach((id, port) -> {
            if (id < 0 || port < 1 || port > 65535) {
                throw new IllegalArgumentException("node " + id + " on port " + port + ": node ids are 0 or more, ports 1 to 65535");
            }
        });
        return new ControllerQuorum(controllerPorts);
    }

    /** Reads {@code ID@127.0.0.1:PORT,...}; the embedded brokers listen on loopback only. */
    public static ControllerQuorum parse(String voters) {
        Map<Integer, Integer> ports = new TreeMap<>();
        for (String voter : voters.split(",")) {
            Matcher m = VOTER.matcher(voter.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + voter.strip() + "' in the controller quorum is not ID@127.0.0.1:PORT "
                        + "(the embedded brokers listen on loopback only), e.g. 1@127.0.0.1:9093,2@127.0.0.1:9193,3@127.0.0.1:9293");
            }
            int id = Integer.parseInt(m.group(1));
            if (ports.put(id, Integer.parseInt(m.group(3))) != null) {
                throw new IllegalArgumentException("node " + id + " is named twice in the controller quorum " + voters);
            }
        }
        if (ports.values().stream().distinct().count() < ports.size()) {
            throw new IllegalArgumentException("two nodes of the controller quorum " + voters + " share a port");
        }
        return of(ports);
    }

    public int size() {
        return controllerPorts.size();
    }

    public List<Integer> nodeIds() {
        return new ArrayList<>(controllerPorts.keySet());
    }

    public boolean contains(int nodeId) {
        return controllerPorts.containsKey(nodeId);
    }

    public int controllerPort(int nodeId) {
        Integer port = controllerPorts.get(nodeId);
        if (port == null) {
            throw new IllegalArgumentException("node " + nodeId + " is not in the controller quorum " + voters());
        }
        return port;
    }

    /** The value of Kafka's {@code controller.quorum.voters}. */
    public String voters() {
        List<String> voters = new ArrayList<>();
        controllerPorts.forEach((id, port) -> voters.add(id + "@127.0.0.1:" + port));
        return String.join(",", voters);
    }

    /** Copies of every partition: one per node, up to three. */
    public int replicationFactor() {
        return Math.min(MAX_REPLICATION, size());
    }

    /**
     * Copies that must have a record before it counts as written: all but one, so that one node may
     * be down while writes go on, and a node that dies holds nothing that no other node has.
     */
    public int minInsyncReplicas() {
        return Math.max(1, replicationFactor() - 1);
    }

    /**
     * The same for the same quorum, so that each node formats its data directory as the same
     * cluster. A single node keeps an id of its own: it was random before clusters of several
     * nodes existed, and its data directory, once formatted, keeps whatever id it has.
     */
    public String clusterId() {
        if (size() == 1) {
            return Uuid.randomUuid().toString();
        }
        for (int salt = 0; ; salt++) {
            UUID uuid = UUID.nameUUIDFromBytes(("newsflow cluster " + voters() + " " + salt).getBytes(StandardCharsets.UTF_8));
            String id = new Uuid(uuid.getMostSignificantBits(), uuid.getLeastSignificantBits()).toString();
            // as Kafka's own random ids: one that starts with '-' reads as an option on a command line
            if (!id.startsWith("-")) {
                return id;
            }
        }
    }

    @Override
    public String toString() {
        return voters();
    }
}
