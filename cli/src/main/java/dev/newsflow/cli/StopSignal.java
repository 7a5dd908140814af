package dev.newsflow.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Stops a command that runs until stopped (a watch) cleanly: Ctrl-C or SIGTERM, through a JVM
 * shutdown hook, or {@link #stop()} from a test. The hook waits until the command has finished
 * its round and printed its summary, because the JVM ends as soon as the hooks return.
 */
final class StopSignal implements AutoCloseable {

    private static final Duration GRACE = Duration.ofSeconds(60);

    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    private StopSignal(String name) {
        hook = new Thread(() -> {
            stop();
            awaitFinished();
        }, name + "-shutdown");
    }

    /** A signal raised by Ctrl-C or SIGTERM until {@link #close()}. */
    static StopSignal onShutdown(String name) {
        StopSignal signal = new StopSignal(name);
        Runtime.getRuntime().addShutdownHook(signal.hook);
        return signal;
    }

    void stop() {
        stop.countDown();
    }

    boolean isStopped() {
        return stop.getCount() == 0;
    }

    /** Waits up to {@code timeout}; true if the signal came meanwhile. */
    boolean await(Duration timeout) throws InterruptedException {
        return stop.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The command is done: a waiting hook may let the JVM end, and a later Ctrl-C is not ours. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down already, with this hook among those running
        }
    }

    private void awaitFinished() {
        try {
            finished.await(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
