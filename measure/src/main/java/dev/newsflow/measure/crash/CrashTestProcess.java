package dev.newsflow.measure.crash;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One newsflow service of the crash test, run as a child JVM as in a deployment
 * ({@code java -cp <this JVM's class path> dev.newsflow.cli.Main SERVICE ...}), its stdout and stderr
 * going to a log file in the work folder. {@link #kill()} is {@code kill -9}; {@link #stop} is SIGTERM,
 * which the services answer by finishing cleanly.
 */
public final class CrashTestProcess {

    /** newsflow's main class, on this JVM's class path; named, since the cli module comes after this one. */
    public static final String NEWSFLOW_MAIN = "dev.newsflow.cli.Main";

    // a crash test stopped half-way (Ctrl-C) must not leave a broker and services behind it
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly), "crash-test-children"));
    }

    private final String name;
    private final Process process;
    private final Path log;

    private CrashTestProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code newsflow ARGS...} in a child JVM.
     *
     * @param properties system properties of the child, as {@code -Dkey=value}
     */
    static CrashTestProcess start(String name, Path log, String heap, List<String> properties, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.add("-Xmx" + heap);
        command.addAll(properties);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(NEWSFLOW_MAIN);
        command.addAll(args);
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            RUNNING.add(process);
            process.onExit().thenRun(() -> RUNNING.remove(process));
            return new CrashTestProcess(name, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    Optional<Integer> exitStatus() {
        return process.isAlive() ? Optional.empty() : Optional.of(process.exitValue());
    }

    /** The child's stdin, for 'newsflow ingest -'. */
    OutputStream stdin() {
        return process.getOutputStream();
    }

    /** SIGKILL on Linux and macOS: no shutdown hook runs, nothing is flushed. Returns once the process is gone. */
    void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** SIGTERM, without waiting: for stopping several at once. */
    void terminate() {
        process.destroy();
    }

    /** SIGTERM, then waits for a clean end; kills it and fails if it does not end in time. Returns the exit status. */
    int stop(Duration timeout) {
        process.destroy();
        if (!awaitExit(timeout)) {
            kill();
            throw new IllegalStateException(name + " did not stop within " + timeout.toSeconds() + " s of SIGTERM; killed. Log: " + log);
        }
        return process.exitValue();
    }

    /**
     * SIGTERM, and fails unless the service ends cleanly: status 0, or 143 (128 + SIGTERM), which is how
     * a JVM ends on SIGTERM once its shutdown hooks (the services' clean stop) have run.
     */
    void stopCleanly(Duration timeout) {
        int status = stop(timeout);
        if (status != 0 && status != 143) {
            throw new IllegalStateException(name + " ended with status " + status + " on SIGTERM; log " + log + ":\n" + tail());
        }
    }

    /** Waits for the process to end by itself; returns whether it did within the timeout. */
    boolean awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        }
    }

    /** What the child has printed so far. */
    String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** The last lines the child printed, for an error message. */
    String tail() {
        List<String> lines = output().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
    }

    @Override
    public String toString() {
        return name + " (pid " + pid() + ")";
    }
}
