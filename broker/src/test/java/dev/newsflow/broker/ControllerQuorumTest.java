package dev.newsflow.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ControllerQuorumTest {

    private static final String THREE = "1@127.0.0.1:9093,2@127.0.0.1:9193,3@localhost:9293";

    @Test
    void shouldReadKafkasVoterSyntax() {
        ControllerQuorum quorum = ControllerQuorum.parse(THREE);

        assertEquals(List.of(1, 2, 3), quorum.nodeIds());
        assertEquals(9193, quorum.controllerPort(2));
        assertEquals("1@127.0.0.1:9093,2@127.0.0.1:9193,3@127.0.0.1:9293", quorum.voters());
    }

    @Test
    void shouldKeepThreeCopiesOfWhichTwoInSyncOnThreeNodes() {
        assertEquals(3, ControllerQuorum.parse(THREE).replicationFactor());
        assertEquals(2, ControllerQuorum.parse(THREE).minInsyncReplicas());
        assertEquals(1, ControllerQuorum.single(9093).replicationFactor());
        assertEquals(1, ControllerQuorum.single(9093).minInsyncReplicas());
        ControllerQuorum five = ControllerQuorum.of(Map.of(1, 1001, 2, 1002, 3, 1003, 4, 1004, 5, 1005));
        assertEquals(3, five.replicationFactor(), "three copies however many nodes");
        assertEquals(2, five.minInsyncReplicas());
    }

    @Test
    void shouldGiveTheSameClusterIdToEveryNodeOfTheSameQuorum() {
        String id = ControllerQuorum.parse(THREE).clusterId();

        assertEquals(id, ControllerQuorum.parse(THREE.replace("localhost", "127.0.0.1")).clusterId());
        assertNotEquals(id, ControllerQuorum.parse(THREE.replace("9293", "9393")).clusterId());
        assertEquals(22, id.length(), "Kafka's base64 form of a UUID: " + id);
    }

    @Test
    void shouldRefuseWhatTheEmbeddedBrokersCannotBe() {
        assertMessage("not ID@127.0.0.1:PORT", () -> ControllerQuorum.parse("1@10.0.0.7:9093"));
        assertMessage("not ID@127.0.0.1:PORT", () -> ControllerQuorum.parse("1:9093"));
        assertMessage("node 2 is named twice", () -> ControllerQuorum.parse("1@127.0.0.1:9093,2@127.0.0.1:9193,2@127.0.0.1:9293"));
        assertMessage("share a port", () -> ControllerQuorum.parse("1@127.0.0.1:9093,2@127.0.0.1:9093"));
        assertMessage("node 4 is not in the controller quorum", () -> ControllerQuorum.parse(THREE).controllerPort(4));
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
