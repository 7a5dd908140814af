package dev.newsflow.cli;

import dev.newsflow.ingest.IoErrors;
import java.nio.file.FileSystemException;
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
        command.getErr().println(command.getColorScheme().errorText(command.getCommandSpec().qualifiedName() + ": " + message(e)));
        return FAILED;
    }

    /** The first message along the causes, on one line; a file system error names the file and says what went wrong. */
    static String message(Throwable e) {
        Throwable cause = e;
        // a wrapper without words of its own (its message is null, or its cause's toString()) says nothing
        while (cause.getCause() != null
                && (cause.getMessage() == null || cause.getMessage().equals(cause.getCause().toString()))) {
            cause = cause.getCause();
        }
        if (cause instanceof FileSystemException fse && fse.getFile() != null) {
            // Java's own message is often the bare path
            return fse.getFile() + ": " + IoErrors.describe(fse);
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
