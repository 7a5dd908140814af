package dev.newsflow.cli;

import dev.newsflow.enrich.entities.EntityTagger;
import dev.newsflow.ingest.ArticlePublisher;
import dev.newsflow.ingest.FolderWatch;
import dev.newsflow.ingest.Ingest;
import dev.newsflow.ingest.IngestListener;
import dev.newsflow.ingest.IngestSummary;
import dev.newsflow.ingest.IoErrors;
import dev.newsflow.metrics.Health;
import dev.newsflow.metrics.ServiceMetrics;
import dev.newsflow.model.Change;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Progress;
import dev.newsflow.model.Steps;
import dev.newsflow.model.TopicSetup;
import dev.newsflow.sink.ArticleTally;
import dev.newsflow.sink.EnrichedSink;
import dev.newsflow.sink.RunSink;
import dev.newsflow.sink.SinkListener;
import dev.newsflow.sink.TallyTotals;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
        header = "Ingest, enrich and write articles in one process, then print a summary and exit.",
        description = {"Without --bootstrap-servers, starts an embedded single-node Kafka broker (KRaft) whose data "
            + "is kept in OUT/.newsflow, so a later run on the same --out continues the same pipeline: replayed "
            + "articles keep their paragraphs, and the sink continues its files. An article whose record comes out "
            + "as last written (a replay) is not written again; the summary counts it unchanged. Waits until every "
            + "article fed in has been enriched and, where its record changed, written to OUT.",
            "",
            "With --watch it keeps running: each new or changed input file is fed once it is complete, each article "
            + "is written to OUT as soon as it is enriched (one line printed per article), and the summary comes when "
            + "it is stopped (Ctrl-C). What was fed is remembered in OUT/.newsflow, so a restart feeds only what "
            + "is new.",
            "",
            "With --web PORT it serves a live page of the enriched articles on 127.0.0.1:PORT while it runs "
            + "(with --watch, until stopped), as 'watch --web' does.",
            "",
            "Exit status: 0 done, 1 failed, 2 bad command line (an INPUT that does not exist included), "
            + "3 done but some inputs were rejected."})
final class RunCommand implements Callable<Integer>, Stoppable {

    @Mixin
    KafkaOptions kafka;

    @Mixin
    IngestOptions ingest;

    @Mixin
    SinkOptions sink;

    @Mixin
    EnrichOptions enrich;

    @Mixin
    WatchOptions watch;

    @Mixin
    FeedOptions feeds;

    @Mixin
    MetricsOptions metricsOptions;

    @Spec
    CommandSpec spec;

    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "Where the embedded broker, the topology and --watch keep their state (default: OUT/.newsflow).")
    Path stateDir;

    @Option(names = "--timeout", defaultValue = "30m", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Give up if the articles are not all written after this long (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Mixin
    WebOptions web;

    private static final Duration START_WAIT = Duration.ofSeconds(60);

    private volatile StopSignal stopSignal;

    /** What one run fed: the ingest summary and the ids published, in order, each once. */
    private record Fed(IngestSummary summary, Set<String> ids) {}

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        Path state = stateDir != null ? stateDir : sink.out.resolve(".newsflow");
        // everything the command line can get wrong is answered before anything is made or started
        ingest.check(spec, feeds);
        enrich.check(spec);
        web.check(spec);
        InputFolders.checkOutside(spec, ingest.inputs, sink.out, "--out");
        if (watch.enabled) {
            watch.check(spec, ingest.inputs, state);
        }
        metricsOptions.check(spec);
        kafka.check();
        createDirectories(sink.out, "--out");
        createDirectories(state, "--state-dir");
        Path logFile = Logging.toFile(state.resolve("newsflow.log"));
        // Ctrl-C or SIGTERM, with or without --watch: the sink writes what it has and the embedded
        // broker shuts down cleanly, so that the next run on this OUT starts without log recovery
        try (ServiceMetrics metrics = metricsOptions.start(err());
             StopSignal stop = StopSignal.onShutdown("run")) {
            stopSignal = stop;
            Outcome outcome = runPipeline(state, logFile, stop, metrics);
            new RunSummary(outcome.fed().summary(), outcome.changes(), outcome.written(), outcome.files(), sink.out,
                    (System.nanoTime() - start) / 1e9, feeds.any()).print(out());
            return outcome.fed().summary().rejected() > 0 ? ErrorHandler.SOME_REJECTED : 0;
        }
    }

    /**
     * What the pipeline did: what was fed, what enrich made of each article fed (new, revised,
     * unchanged), a tally of the latest version of each of those articles as written, and the files.
     */
    private record Outcome(Fed fed, Map<Change, Integer> changes, TallyTotals written, int files) {}

    private Outcome runPipeline(Path state, Path logFile, StopSignal stop, ServiceMetrics metrics) throws Exception {
        try (Steps steps = Steps.on(err())) {
            return runPipeline(state, logFile, stop, metrics, steps);
        }
    }

    /** Starts the pipeline step by step, saying so on {@code steps}, then feeds it. */
    private Outcome runPipeline(Path state, Path logFile, StopSignal stop, ServiceMetrics metrics, Steps steps)
            throws Exception {
        // the model loads (3 s) while the broker starts
        Steps.Background<EntityTagger> tagger = steps.start(enrich::tagger);
        String kafkaStep = kafka.namesCluster() ? "connecting to Kafka at " + kafka.client().get("bootstrap.servers")
                : "starting Kafka (embedded, data in " + state + ")";
        try (Cluster cluster = steps.run(kafkaStep, () -> clusterWithTopics(state));
             WatchPage page = web.enabled() ? steps.run("serving the watch page", () -> web.start(cluster.client())) : null) {
            metrics.probe(cluster.client());
            EntityTagger tagging = enrich.noTagging ? tagger.join() : steps.await("loading the German model", tagger);
            Fed fed;
            RunSink files;
            Map<Change, Integer> changes;
            steps.begin("starting the enrich topology");
            try (EnrichService topology = new EnrichService(cluster.client(), state.resolve("streams"), enrich.threads,
                         enrich.config(), tagging, metrics).start();
                 // a watch, which may run for months, keeps an article's tally on its own for its revision window
                 RunSink sinkFiles = new RunSink(sink.config(),
                         metrics.bindConsumer(EnrichedSink.consumer(sink.config(), cluster.client())),
                         metrics.sinkListener(watch.enabled ? this::printWritten : SinkListener.NONE),
                         watch.enabled ? enrich.config().revisionWindow() : null, Clock.systemUTC());
                 EnrichedArrivals arrivals = new EnrichedArrivals(cluster.client())) {
                files = sinkFiles;
                metrics.checkService(() -> health(topology, sinkFiles));
                Delivery delivery = new Delivery(topology, sinkFiles, arrivals, logFile, stop);
                // articles fed while the stream threads still join the group are taken by the first
                // thread and then moved: some partitions run far ahead of the others, and each article
                // they overtake that shares a paragraph is revised and tagged again (six times as many
                // revisions in the benchmark). Not for ever: the articles are safe in Kafka either way.
                topology.awaitRunning(START_WAIT);
                steps.done();
                // the line is the progress bar's from here
                steps.close();
                WebOptions.announce(page, err());
                fed = watch.enabled ? feedUntilStopped(cluster.client(), state, delivery, stop, metrics)
                        : feedOnce(cluster.client(), state, delivery, metrics);
                changes = delivery.changes();
            }
            // read once the sink is closed, which writes whatever it had read (a watch stopped mid-round)
            // a watch counts every article it wrote; a run those it fed (the sink may also write revisions of others)
            TallyTotals written;
            if (watch.enabled) {
                written = files.totals();
            } else {
                Map<String, ArticleTally> tallies = files.written();
                written = TallyTotals.of(fed.ids().stream().map(tallies::get).filter(Objects::nonNull).toList());
            }
            return new Outcome(fed, changes, written, files.files());
        }
    }

    /** The cluster, with newsflow's topics; an embedded broker is stopped again if they cannot be made. */
    private Cluster clusterWithTopics(Path state) {
        Cluster cluster = Cluster.namedOrEmbedded(kafka, state.resolve("broker"));
        try {
            TopicSetup.ensure(cluster.client(), enrich.partitions, kafka.waitFor(false, err()));
            TopicSetup.checkClaimsKeep(cluster.client(), enrich.config().retention());
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** Stops a --watch as Ctrl-C would. */
    @Override
    public void stop() {
        StopSignal stop = stopSignal;
        if (stop != null) {
            stop.stop();
        }
    }

    /** Healthy while both the topology and the sink run. */
    private static Health health(EnrichService topology, RunSink files) {
        Health enrich = topology.health();
        return !enrich.up() ? enrich : files.isRunning() ? Health.UP : Health.down("the sink is not running");
    }

    private Fed feedOnce(Map<String, Object> client, Path feedState, Delivery delivery, ServiceMetrics metrics)
            throws Exception {
        ConsoleIngestListener listener = new ConsoleIngestListener(err(), true);
        IngestListener counted = metrics.ingestListener(listener);
        IngestSummary ingested;
        try (ArticlePublisher publisher = new ArticlePublisher(metrics.bindProducer(ArticlePublisher.producer(client)))) {
            ingested = ingest.inputs.isEmpty() ? IngestSummary.EMPTY
                    : new Ingest(ingest.reader(), publisher).run(ingest.inputs, System.in, counted);
            if (feeds.any()) {
                ingested = ingested.plus(feeds.rounds(publisher, feedState, ingest.maxBytes)
                        .pollIfDue(new SynchronizedListener(counted)));
            }
        }
        listener.progress.clear();
        Set<String> ids = new LinkedHashSet<>(ingested.publishedIds());
        delivery.deliver(ids);
        return new Fed(ingested, ids);
    }

    private Fed feedUntilStopped(Map<String, Object> client, Path state, Delivery delivery, StopSignal stop,
                                 ServiceMetrics metrics) throws Exception {
        ConsoleIngestListener listener = new ConsoleIngestListener(err(), false);
        try (ArticlePublisher publisher = new ArticlePublisher(metrics.bindProducer(ArticlePublisher.producer(client)))) {
            FolderWatch folders = watch.folderWatch(new Ingest(ingest.reader(), publisher), ingest.inputs, state);
            FeedOptions.Rounds feedRounds = feeds.rounds(publisher, state, ingest.maxBytes);
            SynchronizedListener once = new SynchronizedListener(metrics.ingestListener(listener));
            watch.announce(err(), ingest.inputs, "writing to " + sink.out);
            feeds.announce(err(), "writing to " + sink.out);
            err().flush();
            IngestSummary total = folders.run(watch.polls(stop), once, round -> {
                IngestSummary feedRound = feedRounds.betweenRounds(once);
                Set<String> roundIds = new LinkedHashSet<>(round.publishedIds());
                roundIds.addAll(feedRound.publishedIds());
                delivery.deliver(roundIds);
            });
            return new Fed(total.plus(feedRounds.total()), Set.of()); // a watch counts what it wrote, not by id
        }
    }

    /** One line per article written, as --watch writes them. */
    private void printWritten(Path file, List<EnrichedArticle> articles) {
        PrintWriter out = out();
        for (EnrichedArticle article : articles) {
            out.printf("written %s: %d kept, %d dropped, in %s%n", article.source(), article.paragraphs().size(),
                    article.duplicates().size(), sink.out.relativize(file));
        }
        out.flush();
    }

    /**
     * Gets fed articles through the topology and into files. enrich publishes an article only when
     * its record changed; one that came out as last published leaves a notice on newsflow.unchanged,
     * so the wait ends for it too, and there is nothing new to write.
     */
    private final class Delivery {

        private final EnrichService topology;
        private final RunSink files;
        private final EnrichedArrivals arrivals;
        private final Path logFile;
        private final StopSignal stop;
        // what was enriched and written before the articles now fed; a file fed again must come anew
        private long arrivedBefore;
        private long writtenBefore;
        // what enrich made of the articles fed so far: counts, so that a watch holds no more as it runs
        private final Map<Change, Integer> changes = new EnumMap<>(Change.class);

        Delivery(EnrichService topology, RunSink files, EnrichedArrivals arrivals, Path logFile, StopSignal stop) {
            this.topology = topology;
            this.files = files;
            this.arrivals = arrivals;
            this.logFile = logFile;
            this.stop = stop;
            markFed();
        }

        /** Waits for the articles to be enriched and writes them to files; a stop cuts the wait short. */
        void deliver(Set<String> ids) {
            try {
                if (!ids.isEmpty() && awaitEnriched(ids)) {
                    files.writeAll(arrivals.published(ids, arrivedBefore), writtenBefore);
                }
                noteChanges(ids);
                markFed();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                throw new IllegalStateException(ErrorHandler.message(e), e);
            }
        }

        /** What became of each article, the first change in a watch counting (new, then changed again, is new to this run). */
        private void noteChanges(Set<String> ids) {
            for (String id : ids) {
                Change change = arrivals.change(id, arrivedBefore);
                if (change == null) {
                    continue; // stopped before it came
                }
                if (watch.enabled && change == Change.UNCHANGED) {
                    out().printf("unchanged %s: as last written, not written again%n", arrivals.unchangedSource(id, arrivedBefore));
                    out().flush();
                }
                changes.merge(change, 1, Integer::sum);
            }
        }

        Map<Change, Integer> changes() {
            return changes;
        }

        /** Marks where the next articles fed begin; what arrived before is never asked about again. */
        private void markFed() {
            arrivedBefore = arrivals.mark();
            writtenBefore = files.mark();
            arrivals.forgetUpTo(arrivedBefore);
        }

        /** True once every id is enriched; false if stopped first. */
        boolean awaitEnriched(Set<String> ids) throws InterruptedException {
            Progress progress = watch.enabled ? Progress.hidden(err()) : Progress.on(err(),
                    () -> new Progress.Status("enrich", arrivals.countSeen(ids, arrivedBefore), ids.size(), "articles enriched"));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!arrivals.hasSeenAll(ids, arrivedBefore)) {
                if (stop.isStopped()) {
                    progress.clear();
                    if (!watch.enabled) {
                        err().printf("Stopped: %d of %d articles enriched; writing what was read, then stopping.%n",
                                arrivals.countSeen(ids, arrivedBefore), ids.size());
                        err().flush();
                    }
                    return false;
                }
                if (topology.isStopped()) {
                    throw new IllegalStateException("the enrich topology stopped"
                            + (topology.failure() == null ? "" : ": " + ErrorHandler.message(topology.failure())) + "; see " + logFile);
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("only " + arrivals.countSeen(ids, arrivedBefore) + " of " + ids.size()
                            + " articles were enriched within " + timeout + "; see " + logFile);
                }
                progress.tick();
                // waiting on the broker and the topology, which run on their own clocks
                Thread.sleep(50);
            }
            progress.clear();
            return true;
        }
    }

    private static void createDirectories(Path dir, String option) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create " + option + " " + dir + ": " + IoErrors.describe(e), e);
        }
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
