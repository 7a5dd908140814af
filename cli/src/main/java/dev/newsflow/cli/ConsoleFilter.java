package dev.newsflow.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * What reaches the terminal: newsflow's own warnings, and errors of the Kafka clients. The
 * embedded broker's own log stays in the log file: at the first transaction on each partition
 * it logs OutOfOrderSequenceException errors that the producer retries and that are harmless,
 * and a user cannot act on any of it. With --verbose, everything at INFO shows.
 */
public final class ConsoleFilter extends Filter<ILoggingEvent> {

    private static volatile boolean verbose;

    static void verbose(boolean on) {
        verbose = on;
    }

    static boolean isVerbose() {
        return verbose;
    }

    @Override
    public FilterReply decide(ILoggingEvent event) {
        if (verbose) {
            return event.getLevel().isGreaterOrEqual(Level.INFO) ? FilterReply.NEUTRAL : FilterReply.DENY;
        }
        String logger = event.getLoggerName();
        if (logger.startsWith("dev.newsflow.")) {
            return event.getLevel().isGreaterOrEqual(Level.WARN) ? FilterReply.NEUTRAL : FilterReply.DENY;
        }
        if (isBroker(logger)) {
            return FilterReply.DENY;
        }
        return event.getLevel().isGreaterOrEqual(Level.ERROR) ? FilterReply.NEUTRAL : FilterReply.DENY;
    }

    private static boolean isBroker(String logger) {
        return logger.startsWith("kafka.") || logger.equals("state.change.logger")
                || logger.startsWith("org.apache.kafka.controller") || logger.startsWith("org.apache.kafka.raft")
                || logger.startsWith("org.apache.kafka.storage") || logger.startsWith("org.apache.kafka.server")
                || logger.startsWith("org.apache.kafka.image") || logger.startsWith("org.apache.kafka.metadata")
                || logger.startsWith("org.apache.kafka.coordinator");
    }
}
