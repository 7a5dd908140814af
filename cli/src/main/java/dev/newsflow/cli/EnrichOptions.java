package dev.newsflow.cli;

import dev.newsflow.enrich.EnrichConfig;
import dev.newsflow.enrich.entities.ArticleTagger;
import dev.newsflow.enrich.entities.CoreNlpRecogniser;
import dev.newsflow.enrich.entities.EntityTagger;
import dev.newsflow.enrich.entities.KnowledgeBase;
import dev.newsflow.enrich.entities.Linker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

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
