package dev.newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A logged exception on the terminal: on its log line, the stack trace only with --verbose. */
class OneLineThrowableTest {

    private final OneLineThrowable converter = new OneLineThrowable();

    @AfterEach
    void quiet() {
        ConsoleFilter.verbose(false);
    }

    @Test
    void shouldPutTheExceptionOnTheLineOfTheMessage() {
        assertEquals(" [TimeoutException: Timed out waiting for a node assignment. Call: describeCluster]",
                render(new org.apache.kafka.common.errors.TimeoutException("Timed out waiting\n for a node assignment."
                        + " Call: describeCluster")));
    }

    @Test
    void shouldAddNothingWhereNothingWasThrown() {
        assertEquals("", render(null));
    }

    @Test
    void shouldShowTheStackTraceWhenVerbose() {
        ConsoleFilter.verbose(true);

        String rendered = render(new IllegalStateException("kaputt"));

        assertTrue(rendered.startsWith(System.lineSeparator() + "java.lang.IllegalStateException: kaputt"), rendered);
        assertTrue(rendered.contains("\tat dev.newsflow.cli.OneLineThrowableTest"), rendered);
    }

    private String render(Throwable thrown) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        converter.setContext(context);
        converter.start();
        LoggingEvent event = new LoggingEvent(getClass().getName(), context.getLogger("org.apache.kafka.clients.NetworkClient"),
                Level.ERROR, "Connection failed", thrown, null);
        return converter.convert(event);
    }
}
