package dev.newsflow.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedBrokerTest {

    @TempDir
    Path dataDir;

    @Test
    void aBrokerThatAnswersWithNoNodesFailsAtTheDeadlineInsteadOfSpinning() {
        AtomicInteger tries = new AtomicInteger();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> EmbeddedBroker.await(() -> {
            tries.incrementAndGet();
            return false;
        }, Duration.ofMillis(300), Duration.ofMillis(50)));
        assertTrue(e.getMessage().contains("did not come up within"), e.getMessage());
        assertNull(e.getCause(), "no try failed: it answered no");
        // paused between tries: about 300 / 50 of them, not millions
        assertTrue(tries.get() >= 2 && tries.get() <= 10, tries.get() + " tries");
    }

    @Test
    void theLastFailureIsTheCause() {
        IOException refused = new IOException("connection refused");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> EmbeddedBroker.await(() -> { throw refused; }, Duration.ofMillis(100), Duration.ofMillis(20)));
        assertSame(refused, e.getCause());
    }

    @Test
    void theFreePortsOfOneDrawDiffer() {
        // the CI once drew the same port for the client and the controller listener: ports were
        // picked one after another, each socket closed before the next was opened
        for (int draw = 0; draw < 200; draw++) {
            int[] ports = EmbeddedBroker.freePorts(3);
            assertEquals(3, Set.of(ports[0], ports[1], ports[2]).size(), () -> java.util.Arrays.toString(ports));
        }
    }

    @Test
    void readyOnceItSaysSo() {
        AtomicInteger tries = new AtomicInteger();
        EmbeddedBroker.await(() -> tries.incrementAndGet() == 3, Duration.ofSeconds(5), Duration.ofMillis(1));
        assertEquals(3, tries.get());
    }

    @Test
    void keepsTopicsAcrossARestartOnTheSameDirectory() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(dataDir, 0, Map.of());
             Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            admin.createTopics(Set.of(new NewTopic("kept", 1, (short) 1))).all().get();
        }
        try (EmbeddedBroker broker = EmbeddedBroker.start(dataDir, 0, Map.of());
             Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            assertTrue(admin.listTopics().names().get().contains("kept"));
        }
    }
}
