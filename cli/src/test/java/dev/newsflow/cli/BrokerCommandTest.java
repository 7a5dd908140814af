package dev.newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The broker's cluster options are checked before anything starts, each mistake answered in one line. */
class BrokerCommandTest {

    private static final String QUORUM = "1@127.0.0.1:19093,2@127.0.0.1:19193,3@127.0.0.1:19293";

    @TempDir
    Path dir;

    @Test
    void shouldRefuseANodeThatIsNotInTheQuorum() {
        assertRefused("--node-id 4 is not in --controller-quorum " + QUORUM + " (nodes [1, 2, 3])",
                "--node-id", "4", "--controller-quorum", QUORUM, "--port", "19092");
    }

    @Test
    void shouldRefuseANodeIdWithoutAQuorum() {
        assertRefused("--node-id 2 needs --controller-quorum", "--node-id", "2");
    }

    @Test
    void shouldRefuseAQuorumOffLoopback() {
        assertRefused("--controller-quorum: '2@10.0.0.7:9193' in the controller quorum is not ID@127.0.0.1:PORT",
                "--controller-quorum", "1@127.0.0.1:9093,2@10.0.0.7:9193");
    }

    @Test
    void shouldRefuseAFreePortForANodeOfAQuorum() {
        assertRefused("--port 0 with --controller-quorum", "--controller-quorum", QUORUM, "--port", "0");
    }

    private void assertRefused(String message, String... options) {
        Path data = dir.resolve("data");
        List<String> args = new java.util.ArrayList<>(List.of("broker", "--data-dir", data.toString()));
        args.addAll(List.of(options));

        CorpusReplay.Result result = CorpusReplay.run(args);

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().startsWith(message), result.err());
        assertFalse(result.err().contains("\tat "), "no stack trace\n" + result.err());
        assertFalse(Files.exists(data), "nothing started, nothing written");
    }
}
