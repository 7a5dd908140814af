package dev.newsflow.cli;

import dev.newsflow.ingest.ArticleReader;
import dev.newsflow.ingest.FedFiles;
import dev.newsflow.ingest.FolderWatch;
import dev.newsflow.ingest.Ingest;
import dev.newsflow.ingest.Polls;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Watching the input folders, shared by 'ingest' and 'run'. */
final class WatchOptions {

    /** The file in the state directory that remembers what a watch has fed. */
    static final String FED_FILES = "ingested-files.json";

    @Option(names = "--watch",
            description = "Keep watching the inputs and feed each new or changed file once, until stopped (Ctrl-C). "
                    + "A file is read once it has not changed for one poll interval; what was fed is remembered "
                    + "across restarts.")
    boolean enabled;

    @Option(names = "--poll-interval", defaultValue = "1s", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How often --watch lists the inputs; a file must stay unchanged this long before it is read "
                    + "(default: ${DEFAULT-VALUE}).")
    Duration pollInterval;

    /** Checks what the watch needs of the command line; a mistake is a usage error (exit 2). */
    void check(CommandSpec spec, List<String> inputs, Path stateDir) {
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new ParameterException(spec.commandLine(), "--poll-interval must be positive, not " + pollInterval);
        }
        if (inputs.contains(ArticleReader.STDIN)) {
            throw new ParameterException(spec.commandLine(), "--watch reads files and directories, not stdin ('-')");
        }
        InputFolders.checkOutside(spec, inputs, stateDir, "the state directory");
    }

    FolderWatch folderWatch(Ingest ingest, List<String> inputs, Path stateDir) {
        return new FolderWatch(ingest, inputs, FedFiles.load(stateDir.resolve(FED_FILES)), Clock.systemUTC(), pollInterval);
    }

    /** The line a watch starts with, where it watches folders; {@code where} says where its state or output goes. */
    void announce(PrintWriter err, List<String> inputs, String where) {
        if (!inputs.isEmpty()) {
            err.printf("Watching %s every %s, %s. Stop with Ctrl-C.%n", String.join(", ", inputs),
                    DurationConverter.format(pollInterval), where);
        }
    }

    /** A poll every interval, until the signal comes. */
    Polls polls(StopSignal stop) {
        return () -> !stop.await(pollInterval);
    }
}
