package dev.newsflow.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The start-up steps, with the clock in the test's hand. */
class StepsTest {

    private static final long SECOND = 1_000_000_000L;
    private static final String REDRAW = "\r\033[K";

    private final StringWriter written = new StringWriter();
    private final PrintWriter out = new PrintWriter(written);
    private final AtomicLong nanos = new AtomicLong(42 * SECOND);

    @Test
    void shouldWriteAPlainLinePerStepWithItsTimeWhenNotOnATerminal() {
        try (Steps steps = new Steps(out, false, nanos::get, "", false)) {
            steps.run("starting Kafka (embedded, data in out/.newsflow)", () -> nanos.addAndGet(2_100_000_000L));
            steps.begin("starting the enrich topology");
            assertEquals("starting Kafka (embedded, data in out/.newsflow) … 2.1 s\nstarting the enrich topology …",
                    written.toString().replace(System.lineSeparator(), "\n"), "what is waited for shows at once");
            nanos.addAndGet(SECOND / 2);
            steps.done();
        }

        assertEquals(String.join("\n", "starting Kafka (embedded, data in out/.newsflow) … 2.1 s",
                "starting the enrich topology … 0.5 s", ""), written.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void shouldRedrawOneLineWithTheTimeSoFarOnATerminalAndClearItAtTheEnd() {
        try (Steps steps = new Steps(out, true, nanos::get, "bench: ", false)) {
            steps.begin("starting Kafka (embedded, data in w/broker)");
            nanos.addAndGet(SECOND);
            steps.redraw();
            nanos.addAndGet(SECOND / 2);
            steps.done();
        }

        assertEquals(REDRAW + "bench: starting Kafka (embedded, data in w/broker) …"
                + REDRAW + "bench: starting Kafka (embedded, data in w/broker) … 1.0 s"
                + REDRAW + "bench: starting Kafka (embedded, data in w/broker) … 1.5 s"
                + REDRAW, written.toString());
    }

    @Test
    void shouldTimeBackgroundWorkFromItsOwnStartToItsOwnEnd() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (Steps steps = new Steps(out, false, nanos::get, "", false)) {
            Steps.Background<String> model = steps.start(() -> {
                await(release);
                nanos.addAndGet(3 * SECOND); // done 3 s after the broker, 4 s after its start
                return "model";
            });
            steps.run("starting Kafka (embedded, data in out/.newsflow)", () -> nanos.addAndGet(SECOND));
            release.countDown();

            assertEquals("model", steps.await("loading the German model", model));
        }

        assertEquals(String.join("\n", "starting Kafka (embedded, data in out/.newsflow) … 1.0 s",
                "loading the German model … 4.0 s", ""), written.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void shouldSayWhichStepFailedAndHowLongItHadRun() {
        IllegalStateException refused = new IllegalStateException("cannot reach Kafka");
        try (Steps steps = new Steps(out, false, nanos::get, "", false)) {
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> steps.run("connecting to Kafka at kafka:9092", () -> {
                nanos.addAndGet(15 * SECOND);
                throw refused;
            }));
            assertSame(refused, thrown);
        }

        assertEquals("connecting to Kafka at kafka:9092 … failed after 15.0 s\n",
                written.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void shouldCallAStepStillUnderWayAtTheCloseFailed() {
        try (Steps steps = new Steps(out, true, nanos::get, "", false)) {
            steps.begin("starting the enrich topology");
            nanos.addAndGet(SECOND);
        }

        assertEquals(REDRAW + "starting the enrich topology …" + REDRAW + "starting the enrich topology … failed after 1.0 s\n",
                written.toString().replace(System.lineSeparator(), "\n"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
