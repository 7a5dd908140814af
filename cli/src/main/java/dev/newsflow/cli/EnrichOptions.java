package dev.newsflow.cli;

import dev.newsflow.enrich.EnrichConfig;
import dev.newsflow.enrich.entities.ArticleTagger;
import dev.newsflow.enrich.entities.CoreNlpRecogniser;
import dev.newsflow.enrich.entities.EntityTagger;
import dev.newsflow.enrich.entities.KnowledgeBase;
import dev.newsflow.enrich.entities.Linker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Options of the enrich topology, shared by 'enrich' and 'run'. */
final class EnrichOptions {

    @Option(names = "--retention", defaultValue = "30d", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long a paragraph is remembered after it was last seen, e.g. 30d, 12h (default: ${DEFAULT-VALUE}).")
    Duration retention;

    @Option(names = "--threads", paramLabel = "N", description = "Stream threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--partitions", defaultValue = "4", paramLabel = "N",
            description = "Partitions of the topics, when newsflow creates them (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--no-tagging", description = "Skip entity tagging (dedup only).")
    boolean noTagging;

    @Option(names = "--knowledge-base", paramLabel = "FILE",
            description = "More canonical entities (JSON list of {id, name, type, aliases, adjectives}); repeatable.")
    List<Path> knowledgeBases = new ArrayList<>();

    /**
     * What can be known wrong before anything starts: a knowledge base that is not there would
     * otherwise be found missing only once the broker is up and the model loads.
     */
    void check(CommandSpec spec) {
        if (threads < 1 || partitions < 1) {
            throw new ParameterException(spec.commandLine(), "--threads and --partitions must be at least 1");
        }
        if (retention.isNegative() || retention.isZero()) {
            throw new ParameterException(spec.commandLine(), "--retention must be positive, not " + DurationConverter.format(retention));
        }
        for (Path file : knowledgeBases) {
            if (!Files.isRegularFile(file)) {
                throw new UsageErrorHandler.InvalidArgument(spec.commandLine(), "--knowledge-base " + file + ": "
                        + (Files.isDirectory(file) ? "a directory, not a file" : "no such file"));
            }
        }
    }

    EnrichConfig config() {
        return EnrichConfig.defaults().withRetention(retention);
    }

    EntityTagger tagger() {
        if (noTagging) {
            return EntityTagger.disabled();
        }
        return new ArticleTagger(CoreNlpRecogniser.shared(), new Linker(KnowledgeBase.load(knowledgeBases)));
    }
}
