package dev.newsflow.sink;

import dev.newsflow.model.DurableFile;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test-only fault: halts the process at a chosen point of the n-th file it writes, as {@code kill -9}
 * would (no shutdown hooks, no flush, no commit). Off unless the system property
 * {@code newsflow.sink.crashAt} is set, to {@code mid-write:N} (half the lines of the N-th file are in
 * its temporary file, which is neither synced nor renamed) or {@code after-rename:N} (the N-th file is
 * renamed and durable, its offsets are not committed). A crash by chance almost never lands in the
 * short window between rename and commit; the crash test ({@code newsflow crash-test}) needs it to.
 */
public enum CrashPoint {
    MID_WRITE("mid-write"),
    AFTER_RENAME("after-rename");

    public static final String PROPERTY = "newsflow.sink.crashAt";
    /** The exit status of a halt here, so that whoever started the process can tell it from other ends. */
    public static final int HALT_STATUS = 86;

    private static final String SETTING = System.getProperty(PROPERTY);

    /** What a file write asks at the points where it may halt. */
    static final DurableFile.Faults FAULTS = new DurableFile.Faults() {
        @Override
        public boolean midWriteArmed() {
            return MID_WRITE.armed();
        }

        @Override
        public void midWrite(Path temp) {
            MID_WRITE.reached(temp);
        }

        @Override
        public void afterRename(Path target) {
            AFTER_RENAME.reached(target);
        }
    };

    private final String label;
    private final AtomicInteger reached = new AtomicInteger();

    CrashPoint(String label) {
        this.label = label;
    }

    /** The property value that halts at this point of the n-th file written. */
    public String setting(int nthFile) {
        return label + ":" + nthFile;
    }

    boolean armed() {
        return SETTING != null && SETTING.toLowerCase(Locale.ROOT).startsWith(label + ":");
    }

    /** Counts a file at this point and halts the process if it is the one the property names. */
    void reached(Path file) {
        if (!armed() || reached.incrementAndGet() != nthFile()) {
            return;
        }
        System.err.printf("%s=%s: halting at %s of %s%n", PROPERTY, SETTING, label, file);
        System.err.flush();
        Runtime.getRuntime().halt(HALT_STATUS);
    }

    private int nthFile() {
        try {
            return Integer.parseInt(SETTING.substring(label.length() + 1).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PROPERTY + " must be " + label + ":N, not " + SETTING, e);
        }
    }
}
