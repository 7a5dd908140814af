package dev.newsflow.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The status line, with the clock in the test's hand. */
class ProgressTest {

    private final StringWriter written = new StringWriter();
    private final PrintWriter out = new PrintWriter(written);
    private final AtomicLong millis = new AtomicLong(1_000_000);
    private final AtomicLong done = new AtomicLong();

    @Test
    void shouldDrawABarWhenTheTotalIsKnown() {
        assertEquals("ingest [############..................]  40% 120/300 files, 118 articles published",
                Progress.bar(new Progress.Status("ingest", 120, 300, "files, 118 articles published")));
        assertEquals("ingest [##############################] 100% 300/300 files",
                Progress.bar(new Progress.Status("ingest", 300, 300, "files")));
    }

    @Test
    void shouldShowACountWhereThereIsNoTotal() {
        assertEquals("ingest 42 articles", Progress.bar(Progress.Status.count("ingest", 42, "articles")));
    }

    @Test
    void shouldRedrawTheBarOnATerminalAtMostFiveTimesASecond() {
        Progress progress = new Progress(out, true, this::status, millis::get);

        done.set(1);
        millis.addAndGet(250);
        progress.tick();
        done.set(2);
        millis.addAndGet(100);
        progress.tick(); // too soon
        done.set(3);
        millis.addAndGet(100);
        progress.tick();

        assertEquals("\r\033[K" + Progress.bar(status(1)) + "\r\033[K" + Progress.bar(status(3)), written.toString());
    }

    @Test
    void shouldPrintAPlainLineEveryFiveSecondsWhenNotOnATerminal() {
        Progress progress = new Progress(out, false, this::status, millis::get);

        for (int second = 1; second <= 12; second++) {
            done.set(second);
            millis.addAndGet(1_000);
            progress.tick();
        }

        assertEquals("enrich 5/10 articles enriched\nenrich 10/10 articles enriched\n",
                written.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void shouldClearTheBarBeforeAMessageSoBothStayReadable() {
        Progress progress = new Progress(out, true, this::status, millis::get);
        millis.addAndGet(1_000);
        progress.tick();

        progress.print(out, "rejected in/a.txt: file is empty");

        assertEquals("\r\033[K" + Progress.bar(status(0)) + "\r\033[K" + "rejected in/a.txt: file is empty"
                + System.lineSeparator(), written.toString());
    }

    @Test
    void shouldShowNothingWhenHidden() {
        Progress progress = Progress.hidden(out);
        progress.tick();
        progress.clear();

        assertEquals("", written.toString());
    }

    private Progress.Status status() {
        return status(done.get());
    }

    private static Progress.Status status(long done) {
        return new Progress.Status("enrich", done, 10, "articles enriched");
    }

    @Test
    void standardErrorIsATerminalOnlyWhereItsDescriptorIsOne(@TempDir Path dir) throws IOException {
        Path terminal = Files.createSymbolicLink(dir.resolve("2"), Path.of("/dev/pts/3"));
        Path log = Files.createSymbolicLink(dir.resolve("2-redirected"), Files.createFile(dir.resolve("run.log")));
        Path pipe = Files.createSymbolicLink(dir.resolve("2-piped"), Path.of("pipe:[123456]"));
        assertTrue(Progress.isTerminal(terminal, "xterm-256color"));
        assertFalse(Progress.isTerminal(log, "xterm-256color"));
        assertFalse(Progress.isTerminal(pipe, "xterm-256color"));
        assertFalse(Progress.isTerminal(terminal, "dumb"), "TERM=dumb cannot redraw a line");
    }
}
