package dev.newsflow.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;

/**
 * A newsflow command running in this process on a thread of its own, for commands that run until
 * stopped: the test reads what it has printed so far and stops it as Ctrl-C would.
 */
final class BackgroundCommand implements AutoCloseable {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final CommandLine commandLine = NewsflowCommand.commandLine();
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private final String name;

    private BackgroundCommand(String... args) {
        name = args[0];
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        Thread thread = new Thread(() -> exit.complete(commandLine.execute(args)), "newsflow-" + args[0]);
        thread.setDaemon(true);
        thread.start();
    }

    static BackgroundCommand start(String... args) {
        return new BackgroundCommand(args);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    /** Stops the command as Ctrl-C would. */
    void stop() {
        ((Stoppable) commandLine.getSubcommands().get(name).getCommand()).stop();
    }

    /** Waits until the condition holds; fails naming what was awaited, with what the command printed. */
    void await(String what, BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (exit.isDone()) {
                fail("the command ended (exit " + exit.join() + ") before " + what + "\nout:\n" + out() + "\nerr:\n" + err());
            }
            if (System.nanoTime() > deadline) {
                fail("not within " + timeout + ": " + what + "\nout:\n" + out() + "\nerr:\n" + err());
            }
            // the command works against a real broker on its own threads; there is no clock to move
            Thread.sleep(50);
        }
    }

    void awaitOut(String text, Duration timeout) throws InterruptedException {
        await("'" + text + "' on stdout", () -> out().contains(text), timeout);
    }

    void awaitErr(String text, Duration timeout) throws InterruptedException {
        await("'" + text + "' on stderr", () -> err().contains(text), timeout);
    }

    int exitCode(Duration timeout) throws Exception {
        return exit.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops the command if it still runs, so that a failed test leaves nothing running behind it. */
    @Override
    public void close() throws Exception {
        if (!exit.isDone()) {
            stop();
            exit.get(60, TimeUnit.SECONDS);
        }
    }
}
