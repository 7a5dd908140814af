package dev.newsflow.cli;

import dev.newsflow.ingest.ArticleReader;
import java.time.Clock;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Inputs and limits of ingest, shared by 'ingest' and 'run'. */
final class IngestOptions {

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Files (.txt, .json, .jsonl), directories (read recursively), or - for JSON lines on stdin.")
    List<String> inputs;

    @Option(names = "--max-bytes", defaultValue = "4194304", paramLabel = "BYTES",
            description = "Largest input file accepted (default: ${DEFAULT-VALUE}, 4 MiB).")
    long maxBytes;

    ArticleReader reader() {
        return new ArticleReader(Clock.systemUTC(), maxBytes);
    }
}
