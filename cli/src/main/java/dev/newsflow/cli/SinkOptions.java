package dev.newsflow.cli;

import dev.newsflow.sink.SinkConfig;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Options of the file sink, shared by 'sink' and 'run'. */
final class SinkOptions {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
    Path out;

    @Option(names = "--roll-records", defaultValue = "1000", paramLabel = "N",
            description = "Start a new file after this many records (default: ${DEFAULT-VALUE}).")
    int rollRecords;

    @Option(names = "--roll-bytes", defaultValue = "67108864", paramLabel = "BYTES",
            description = "Start a new file after this many bytes (default: ${DEFAULT-VALUE}, 64 MiB).")
    long rollBytes;

    @Option(names = "--roll-interval", defaultValue = "1h", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Start a new file when a record's time is this far past the file's first (default: ${DEFAULT-VALUE}).")
    Duration rollInterval;

    @Option(names = "--roll-after", defaultValue = "30s", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Write what is buffered once its oldest record has waited this long by the clock, so that a quiet "
                    + "topic reaches the files soon; 0 never rolls by the clock (default: ${DEFAULT-VALUE}).")
    Duration rollAfter;

    SinkConfig config() {
        return SinkConfig.defaults(out).withRollRecords(rollRecords).withRollBytes(rollBytes).withRollInterval(rollInterval)
                .withRollAfter(rollAfter);
    }
}
