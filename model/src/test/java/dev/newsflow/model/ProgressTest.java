package dev.newsflow.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

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
}
