package dev.newsflow.cli;

import java.io.PrintWriter;
import java.util.function.Supplier;

/**
 * Shows how long work is going: on a terminal a status line that rewrites itself, otherwise a
 * plain line every few seconds, so logs of unattended runs stay readable.
 */
final class Progress {

    private static final long TERMINAL_EVERY_MS = 200;
    private static final long PLAIN_EVERY_MS = 5_000;

    private final PrintWriter out;
    private final boolean terminal;
    private final Supplier<String> status;
    private long lastShownMs;
    private boolean lineOpen;

    Progress(PrintWriter out, boolean terminal, Supplier<String> status) {
        this.out = out;
        this.terminal = terminal;
        this.status = status;
        this.lastShownMs = System.currentTimeMillis();
    }

    /** On the given stream, which is taken for a terminal when this process has one. */
    static Progress on(PrintWriter out, Supplier<String> status) {
        return new Progress(out, System.console() != null, status);
    }

    /** Shows the status if it is time to. */
    synchronized void tick() {
        long now = System.currentTimeMillis();
        if (now - lastShownMs < (terminal ? TERMINAL_EVERY_MS : PLAIN_EVERY_MS)) {
            return;
        }
        lastShownMs = now;
        if (terminal) {
            out.print("\r\033[K" + status.get());
            lineOpen = true;
        } else {
            out.println(status.get());
        }
        out.flush();
    }

    /** Prints a message on its own line, without mangling the status line. */
    synchronized void print(PrintWriter stream, String message) {
        clear();
        stream.println(message);
        stream.flush();
    }

    /** Removes the status line before the final output. */
    synchronized void clear() {
        if (lineOpen) {
            out.print("\r\033[K");
            out.flush();
            lineOpen = false;
        }
    }
}
