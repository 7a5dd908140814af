package dev.newsflow.model;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Shows how long work is going: on a terminal a status line that redraws itself, with a bar
 * where the total is known; otherwise a plain line every few seconds, so that logs of unattended
 * runs stay readable.
 */
public final class Progress {

    /**
     * What the status line says: {@code done} of {@code total} (a bar where {@code total} is
     * positive, a count alone otherwise) and whatever else is worth a glance.
     */
    public record Status(String what, long done, long total, String detail) {

        public static Status count(String what, long done, String detail) {
            return new Status(what, done, 0, detail);
        }
    }

    public static final int BAR_WIDTH = 30;
    private static final Path STANDARD_ERROR = Path.of("/proc/self/fd/2");
    private static final long TERMINAL_EVERY_MS = 200;
    private static final long PLAIN_EVERY_MS = 5_000;

    private final PrintWriter out;
    private final boolean shown;
    private final boolean terminal;
    private final Supplier<Status> status;
    private final LongSupplier millis;
    private long lastShownMs;
    private boolean lineOpen;
    private String lastLine = "";

    public Progress(PrintWriter out, boolean terminal, Supplier<Status> status, LongSupplier millis) {
        this(out, true, terminal, status, millis);
    }

    private Progress(PrintWriter out, boolean shown, boolean terminal, Supplier<Status> status, LongSupplier millis) {
        this.out = out;
        this.shown = shown;
        this.terminal = terminal;
        this.status = status;
        this.millis = millis;
        this.lastShownMs = millis.getAsLong();
    }

    /** On the given stream, which is standard error: a redrawn line where that is a terminal. */
    public static Progress on(PrintWriter err, Supplier<Status> status) {
        return new Progress(err, isTerminal(STANDARD_ERROR, System.getenv("TERM")), status, System::currentTimeMillis);
    }

    /**
     * Whether the file descriptor behind this link is a terminal. {@code System.console()} cannot
     * tell: it is about standard input and output (and on newer JDKs is there when both are
     * redirected), while the line is drawn on standard error, often redirected on its own.
     */
    static boolean isTerminal(Path descriptor, String term) {
        if ("dumb".equals(term)) {
            return false;
        }
        try {
            String target = Files.readSymbolicLink(descriptor).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // no /proc (macOS, Windows): the console is the best guess left
            return System.console() != null;
        }
    }

    /** No status at all, for work that reports line by line instead (a watch). */
    public static Progress hidden(PrintWriter out) {
        return new Progress(out, false, false, () -> null, () -> 0);
    }

    /** Shows the status if it is time to. */
    public synchronized void tick() {
        if (!shown) {
            return;
        }
        long now = millis.getAsLong();
        if (now - lastShownMs < (terminal ? TERMINAL_EVERY_MS : PLAIN_EVERY_MS)) {
            return;
        }
        lastShownMs = now;
        Status current = status.get();
        if (terminal) {
            String line = bar(current);
            if (lineOpen && line.equals(lastLine)) {
                return; // nothing new to draw
            }
            out.print("\r\033[K" + line);
            lastLine = line;
            lineOpen = true;
        } else {
            out.println(plain(current));
        }
        out.flush();
    }

    /** Prints a message on its own line, without mangling the status line. */
    public synchronized void print(PrintWriter stream, String message) {
        clear();
        stream.println(message);
        stream.flush();
    }

    /** Removes the status line before the final output. */
    public synchronized void clear() {
        if (lineOpen) {
            out.print("\r\033[K");
            out.flush();
            lineOpen = false;
        }
    }

    /** {@code ingest [############..................]  40% 120/300 files · 118 articles published} */
    public static String bar(Status s) {
        if (s.total() <= 0) {
            return plain(s);
        }
        long done = Math.min(s.done(), s.total());
        int filled = (int) (BAR_WIDTH * done / s.total());
        return String.format(Locale.ROOT, "%s [%s%s] %3d%% %d/%d%s", s.what(), "#".repeat(filled),
                ".".repeat(BAR_WIDTH - filled), 100 * done / s.total(), s.done(), s.total(), detail(s));
    }

    /** {@code ingest 120/300 files · 118 articles published}: for logs, no control characters. */
    public static String plain(Status s) {
        String count = s.total() > 0 ? s.done() + "/" + s.total() : Long.toString(s.done());
        return s.what() + " " + count + detail(s);
    }

    private static String detail(Status s) {
        return s.detail() == null || s.detail().isEmpty() ? "" : " " + s.detail();
    }
}
