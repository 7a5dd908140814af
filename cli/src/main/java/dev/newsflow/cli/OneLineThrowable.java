package dev.newsflow.cli;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;

/**
 * How an exception logged with a message shows on the terminal: on the same line, as
 * {@code [ExceptionType: message]}, so that every problem stays one line; the whole stack trace
 * only with --verbose. The log file keeps stack traces.
 */
public final class OneLineThrowable extends ThrowableHandlingConverter {

    private final ThrowableProxyConverter full = new ThrowableProxyConverter();

    @Override
    public void start() {
        full.setContext(getContext());
        full.start();
        super.start();
    }

    @Override
    public String convert(ILoggingEvent event) {
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown == null) {
            return "";
        }
        if (ConsoleFilter.isVerbose()) {
            return System.lineSeparator() + full.convert(event).stripTrailing();
        }
        String type = thrown.getClassName().substring(thrown.getClassName().lastIndexOf('.') + 1);
        String message = thrown.getMessage() == null ? "" : ": " + thrown.getMessage().strip().replaceAll("\\s*\\R\\s*", " ");
        return " [" + type + message + "]";
    }
}
