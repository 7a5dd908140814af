package dev.newsflow.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** A failed command prints one line saying what went wrong; the stack trace only with --verbose. */
final class ErrorHandler implements IExecutionExceptionHandler {

    static final int FAILED = 1;
    /** The work was done, but some inputs were rejected (each reported on its own line). */
    static final int SOME_REJECTED = 3;

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        boolean verbose = parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"))
                || parsed.hasMatchedOption("--verbose");
        if (verbose) {
            e.printStackTrace(command.getErr());
        }
        command.getErr().println(command.getColorScheme().errorText("newsflow " + command.getCommandName() + ": " + message(e)));
        return FAILED;
    }

    static String message(Throwable e) {
        Throwable cause = e;
        while (cause.getMessage() == null && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
