package dev.newsflow.cli;

import dev.newsflow.ingest.ArticleReader;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Inputs and limits of ingest, shared by 'ingest' and 'run'. */
final class IngestOptions {

    @Parameters(arity = "0..*", paramLabel = "INPUT",
            description = "Files (.txt, .json, .jsonl, .html, .htm, .html.gz), directories (read recursively), or - for JSON lines on stdin; "
                    + "none where --feed names what to read.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--max-bytes", defaultValue = "4194304", paramLabel = "BYTES",
            description = "Largest input file accepted (default: ${DEFAULT-VALUE}, 4 MiB).")
    long maxBytes;

    /**
     * An input named on the command line that is not there is a mistake in the command (exit 2),
     * answered before anything starts; one that is there but cannot be read is a rejected input,
     * reported with the others. A watched folder must be there at the start too; one that goes
     * away later is reported once and read again when it is back.
     */
    void check(CommandSpec spec, FeedOptions feeds) {
        if (inputs.isEmpty() && !feeds.any()) {
            throw new UsageErrorHandler.InvalidArgument(spec.commandLine(), "nothing to read: give an INPUT or a --feed URL");
        }
        feeds.check(spec);
        for (String input : inputs) {
            if (input.equals(ArticleReader.STDIN)) {
                continue;
            }
            String problem;
            try {
                // a broken link is there: the reader names it as such
                problem = Files.notExists(Path.of(input), LinkOption.NOFOLLOW_LINKS) ? "no such file or directory" : null;
            } catch (InvalidPathException e) {
                problem = "not a valid path: " + e.getReason();
            }
            if (problem != null) {
                throw new UsageErrorHandler.InvalidArgument(spec.commandLine(), "INPUT " + input + ": " + problem);
            }
        }
    }

    ArticleReader reader() {
        return new ArticleReader(Clock.systemUTC(), maxBytes);
    }
}
