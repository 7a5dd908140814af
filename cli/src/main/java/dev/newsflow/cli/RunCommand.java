package dev.newsflow.cli;

import dev.newsflow.enrich.entities.EntityTagger;
import dev.newsflow.ingest.ArticlePublisher;
import dev.newsflow.ingest.Ingest;
import dev.newsflow.ingest.IngestSummary;
import dev.newsflow.model.EnrichedArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true,
        header = "Ingest, enrich and write articles in one process, then print a summary and exit.",
        description = {"Without --bootstrap-servers, starts an embedded single-node Kafka broker (KRaft) whose data "
            + "is kept in OUT/.newsflow, so a later run on the same --out continues the same pipeline: replayed "
            + "articles keep their paragraphs, and the sink continues its files. Waits until every article fed in "
            + "has been written to OUT.",
            "",
            "Exit status: 0 done, 1 failed, 2 bad command line, 3 done but some inputs were rejected."})
final class RunCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Mixin
    IngestOptions ingest;

    @Mixin
    SinkOptions sink;

    @Mixin
    EnrichOptions enrich;

    @Spec
    CommandSpec spec;

    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "Where the embedded broker and the topology keep their state (default: OUT/.newsflow).")
    Path stateDir;

    @Option(names = "--timeout", defaultValue = "30m", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Give up if the articles are not all written after this long (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        Path state = stateDir != null ? stateDir : sink.out.resolve(".newsflow");
        Files.createDirectories(state);
        Path logFile = Logging.toFile(state.resolve("newsflow.log"));
        // the model loads (3 s) while the broker starts
        CompletableFuture<EntityTagger> tagger = CompletableFuture.supplyAsync(enrich::tagger);
        try (Cluster cluster = Cluster.namedOrEmbedded(kafka, state.resolve("broker"))) {
            TopicSetup.ensure(cluster.client(), enrich.partitions);
            try (EnrichService topology = new EnrichService(cluster.client(), state.resolve("streams"), enrich.threads,
                         enrich.config(), tagger.join()).start();
                 RunSink files = new RunSink(sink.config(), cluster.client());
                 EnrichedArrivals arrivals = new EnrichedArrivals(cluster.client())) {
                ConsoleIngestListener listener = new ConsoleIngestListener(spec.commandLine().getErr(), () -> "");
                IngestSummary ingested;
                try (ArticlePublisher publisher = new ArticlePublisher(cluster.client())) {
                    ingested = new Ingest(ingest.reader(), publisher).run(ingest.inputs, System.in, listener);
                }
                Set<String> ids = new LinkedHashSet<>(ingested.publishedIds());
                awaitEnriched(ids, arrivals, topology, logFile);
                files.writeAll(ids);
                List<EnrichedArticle> articles = ids.stream().map(files.written()::get).toList();
                new RunSummary(ingested, articles, files.files(), sink.out, (System.nanoTime() - start) / 1e9)
                        .print(spec.commandLine().getOut());
                return ingested.rejected() > 0 ? ErrorHandler.SOME_REJECTED : 0;
            }
        }
    }

    private void awaitEnriched(Set<String> ids, EnrichedArrivals arrivals, EnrichService topology, Path logFile) throws InterruptedException {
        Progress progress = Progress.on(spec.commandLine().getErr(), () -> "enriched " + arrivals.countSeen(ids) + " of " + ids.size() + " articles");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!arrivals.hasSeenAll(ids)) {
            if (topology.isStopped()) {
                throw new IllegalStateException("the enrich topology stopped"
                        + (topology.failure() == null ? "" : ": " + ErrorHandler.message(topology.failure())) + "; see " + logFile);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + arrivals.countSeen(ids) + " of " + ids.size()
                        + " articles were enriched within " + timeout + "; see " + logFile);
            }
            progress.tick();
            Thread.sleep(50);
        }
        progress.clear();
    }
}
