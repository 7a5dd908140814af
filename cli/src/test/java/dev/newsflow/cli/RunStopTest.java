package dev.newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C during {@code newsflow run} (without --watch) stops what it started in order: the sink
 * writes what it read, the topology closes, and the embedded broker shuts down cleanly, leaving
 * Kafka's clean-shutdown marker, so that the next run on the same OUT skips log recovery. Run as
 * a user runs it: a child process, sent SIGINT.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class RunStopTest {

    private static final Duration START = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    @Test
    void shouldShutTheEmbeddedBrokerDownCleanlyOnCtrlC() throws Exception {
        Path out = dir.resolve("out");
        Path log = dir.resolve("run.log");
        List<String> command = new ArrayList<>(defaultSigint());
        command.addAll(List.of(java(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "run", "../corpus", "--out", out.toString(), "--no-tagging"));
        Process run = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            awaitLine(run, log, "starting the enrich topology");

            Process interrupt = new ProcessBuilder("kill", "-INT", Long.toString(run.pid())).start();
            assertEquals(0, interrupt.waitFor(), "kill -INT");

            assertTrue(run.waitFor(START.toSeconds(), TimeUnit.SECONDS), "run stopped within " + START);
        } finally {
            run.destroyForcibly();
        }
        assertEquals(130, run.exitValue(), "the exit status of a command stopped by SIGINT; output:\n" + Files.readString(log));
        try (Stream<Path> files = Files.walk(out.resolve(".newsflow").resolve("broker"))) {
            assertTrue(files.anyMatch(file -> file.getFileName().toString().equals(".kafka_cleanshutdown")),
                    "the broker left its clean-shutdown marker; output:\n" + Files.readString(log));
        }
    }

    private static void awaitLine(Process run, Path log, String line) throws Exception {
        long deadline = System.nanoTime() + START.toNanos();
        while (!Files.readString(log).contains(line)) {
            if (!run.isAlive()) {
                throw new AssertionError("run ended before printing '" + line + "':\n" + Files.readString(log));
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("run did not print '" + line + "' within " + START + ":\n" + Files.readString(log));
            }
            Thread.sleep(100);
        }
    }

    /**
     * A shell without job control starts its background commands with SIGINT ignored, and their
     * children inherit that, the JVM included, which then leaves Ctrl-C alone (as under nohup):
     * `.ci/run &` would make this test fail. On Linux the child gets SIGINT's default back.
     */
    private static List<String> defaultSigint() {
        return OS.LINUX.isCurrentOs() ? List.of("env", "--default-signal=INT") : List.of();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
