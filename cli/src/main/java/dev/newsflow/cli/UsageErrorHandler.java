package dev.newsflow.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A mistake on the command line (exit 2): what is wrong in one line, picocli's suggestion where
 * an option or command is misspelt, and where to read more; not the whole usage, which buried
 * the one line that matters.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        ParameterException first = firstMistake(e);
        err.println(command.getColorScheme().errorText(first.getMessage()));
        UnmatchedArgumentException.printSuggestions(first, err);
        if (!(first instanceof InvalidArgument)) {
            err.printf("Try '%s --help' for more information.%n", command.getCommandSpec().qualifiedName());
        }
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /**
     * An unknown option first: picocli checks the required options before it reports what it
     * could not match, so a misspelt {@code --outt} came out as "Missing required option: '--out'",
     * with no word about the misspelling nor its fix.
     */
    private static ParameterException firstMistake(ParameterException e) {
        List<String> unmatched = e.getCommandLine().getUnmatchedArguments();
        if (e instanceof UnmatchedArgumentException || unmatched.isEmpty()) {
            return e;
        }
        return new UnmatchedArgumentException(e.getCommandLine(), unmatched);
    }

    /**
     * A command line that parses but asks for something that cannot be (an input that does not
     * exist, an output inside an input folder): its message is the whole story, so no pointer to
     * --help follows it.
     */
    static final class InvalidArgument extends ParameterException {

        private static final long serialVersionUID = 1L;

        InvalidArgument(CommandLine command, String message) {
            super(command, message);
        }
    }
}
