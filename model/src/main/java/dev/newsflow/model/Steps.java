package dev.newsflow.model;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Says which step of a command's start is under way and how long each took, so that the seconds
 * before the first progress bar (a broker starting, a model loading) are not silent:
 * {@code starting Kafka (embedded, data in out/.newsflow) … 2.1 s}. The conventions are
 * {@link Progress}'s: on a terminal one line that redraws itself with the time so far, each step
 * taking the place of the one before; otherwise a plain line per step, written when the step
 * begins and finished with its time when it ends, so that a log shows what is being waited for.
 */
public final class Steps implements AutoCloseable {

    /** Work done as a step. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    /** Work done as a step, for its effect. */
    @FunctionalInterface
    public interface Action<E extends Exception> {
        void run() throws E;
    }

    /** Work started before its turn (the model loads while the broker starts); it times itself. */
    public static final class Background<T> {

        private final long startedNanos;
        private final CompletableFuture<T> result;
        private volatile long endedNanos;

        private Background(Supplier<T> work, LongSupplier nanos) {
            this.startedNanos = nanos.getAsLong();
            this.result = CompletableFuture.supplyAsync(() -> {
                try {
                    return work.get();
                } finally {
                    endedNanos = nanos.getAsLong();
                }
            });
        }

        /** Waits for the result, as a step of no one's. */
        public T join() {
            try {
                return result.join();
            } catch (CompletionException e) {
                throw unwrapped(e);
            }
        }
    }

    private static final Path STANDARD_ERROR = Path.of("/proc/self/fd/2");
    private static final long REDRAW_EVERY_MS = 200;

    private final PrintWriter out;
    private final boolean terminal;
    private final LongSupplier nanos;
    private final String prefix;
    private final ScheduledExecutorService ticker;
    private String current;
    private long currentStartNanos;
    private boolean lineOpen;

    /**
     * @param prefix put before each step, e.g. {@code "bench: "}
     * @param ticking whether a thread redraws the time so far on the terminal
     */
    public Steps(PrintWriter out, boolean terminal, LongSupplier nanos, String prefix, boolean ticking) {
        this.out = out;
        this.terminal = terminal;
        this.nanos = nanos;
        this.prefix = prefix;
        this.ticker = terminal && ticking ? Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "newsflow-steps");
            thread.setDaemon(true);
            return thread;
        }) : null;
        if (ticker != null) {
            ticker.scheduleAtFixedRate(this::redraw, REDRAW_EVERY_MS, REDRAW_EVERY_MS, TimeUnit.MILLISECONDS);
        }
    }

    /** On the given stream, which is standard error: a redrawn line where that is a terminal. */
    public static Steps on(PrintWriter err) {
        return on(err, "");
    }

    public static Steps on(PrintWriter err, String prefix) {
        return new Steps(err, Progress.isTerminal(STANDARD_ERROR, System.getenv("TERM")), System::nanoTime, prefix, true);
    }

    /** Starts work now that a later step, of these steps or others, waits for with {@link #await}. */
    public static <T> Background<T> inBackground(Supplier<T> work) {
        return new Background<>(work, System::nanoTime);
    }

    /** Starts work now that a later step waits for with {@link #await}, on these steps' clock. */
    public <T> Background<T> start(Supplier<T> work) {
        return new Background<>(work, nanos);
    }

    /** Does the work as a step named {@code what}. */
    public <T, E extends Exception> T run(String what, Work<T, E> work) throws E {
        begin(what);
        T result;
        try {
            result = work.run();
        } catch (Throwable e) {
            failed();
            throw e;
        }
        done();
        return result;
    }

    /** Does the action as a step named {@code what}. */
    public <E extends Exception> void run(String what, Action<E> action) throws E {
        run(what, () -> {
            action.run();
            return null;
        });
    }

    /** Waits for work started earlier, as a step timed from the work's own start to its end. */
    public <T> T await(String what, Background<T> work) {
        begin(what, work.startedNanos);
        T result;
        try {
            result = work.result.join();
        } catch (CompletionException e) {
            failed();
            throw unwrapped(e);
        }
        end(work.endedNanos - work.startedNanos);
        return result;
    }

    /** A step begins; {@link #done()} ends it, and {@link #close()} if it fails first. */
    public synchronized void begin(String what) {
        begin(what, nanos.getAsLong());
    }

    private synchronized void begin(String what, long startNanos) {
        if (current != null) {
            done();
        }
        current = what;
        currentStartNanos = startNanos;
        if (terminal) {
            draw(what + " …");
        } else {
            out.print(prefix + what + " …");
            out.flush();
        }
    }

    /** The step under way ended well. */
    public synchronized void done() {
        if (current != null) {
            end(nanos.getAsLong() - currentStartNanos);
        }
    }

    private synchronized void end(long tookNanos) {
        if (terminal) {
            draw(current + " … " + seconds(tookNanos));
        } else {
            out.println(" " + seconds(tookNanos));
            out.flush();
        }
        current = null;
    }

    private synchronized void failed() {
        if (current == null) {
            return;
        }
        // kept on the terminal too: the error that follows may not say which step it stopped
        String took = seconds(nanos.getAsLong() - currentStartNanos);
        if (terminal) {
            draw(current + " … failed after " + took);
            out.println();
            lineOpen = false;
        } else {
            out.println(" failed after " + took);
        }
        out.flush();
        current = null;
    }

    /** Redraws the step under way with the time so far; the ticker calls it on a terminal. */
    synchronized void redraw() {
        if (current != null) {
            draw(current + " … " + seconds(nanos.getAsLong() - currentStartNanos));
        }
    }

    /**
     * Ends the steps: a step still under way failed, and the terminal line is cleared for what
     * comes next (a progress bar, the results). Safe to call more than once.
     */
    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        failed();
        clearLine();
    }

    private void draw(String line) {
        out.print("\r\033[K" + prefix + line);
        out.flush();
        lineOpen = true;
    }

    private void clearLine() {
        if (lineOpen) {
            out.print("\r\033[K");
            out.flush();
            lineOpen = false;
        }
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    private static RuntimeException unwrapped(CompletionException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }
}
