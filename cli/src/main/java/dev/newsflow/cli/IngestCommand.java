package dev.newsflow.cli;

import dev.newsflow.ingest.ArticlePublisher;
import dev.newsflow.ingest.FolderWatch;
import dev.newsflow.ingest.Ingest;
import dev.newsflow.ingest.IngestListener;
import dev.newsflow.ingest.IngestSummary;
import dev.newsflow.metrics.Health;
import dev.newsflow.metrics.ServiceMetrics;
import dev.newsflow.model.TopicSetup;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        header = "Publish articles from files, directories or stdin to newsflow.articles.",
        description = {"Returns when every article is acknowledged by the cluster. A bad input (empty, binary, "
            + "malformed, too large) is reported as one line naming it and the reason; the rest goes on, and "
            + "no input file is ever moved or deleted. The same source always gets the same article id.",
            "",
            "With --watch it keeps watching the inputs until stopped (Ctrl-C) and feeds each new or changed file "
            + "once it is complete, also files that arrived while it was not running: what it fed is remembered in "
            + "--state-dir, never in the input folders.",
            "",
            "Exit status: 0 done, 1 failed, 2 bad command line (an INPUT that does not exist included), "
            + "3 done but some inputs were rejected."})
final class IngestCommand implements Callable<Integer>, Stoppable {

    @Mixin
    KafkaOptions kafka;

    @Mixin
    IngestOptions ingest;

    @Mixin
    WatchOptions watch;

    @Mixin
    FeedOptions feeds;

    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "Where --watch remembers what it has fed (default: ~/.newsflow/ingest-<hash of the input paths>).")
    Path stateDir;

    @Mixin
    MetricsOptions metricsOptions;

    @Spec
    CommandSpec spec;

    private volatile StopSignal stopSignal;

    @Override
    public Integer call() throws InterruptedException {
        long start = System.nanoTime();
        ingest.check(spec, feeds);
        metricsOptions.check(spec);
        // the signal stays open until the summary is out: a Ctrl-C waits for it
        try (ServiceMetrics metrics = metricsOptions.start(err());
             StopSignal stop = watch.enabled ? StopSignal.onShutdown("ingest") : null) {
            stopSignal = stop;
            IngestSummary summary = watch.enabled ? watchUntilStopped(stop, metrics) : ingestOnce(metrics);
            out().printf(Locale.ROOT, "Published %d articles from %d %s (%s) in %.1f s; %d inputs rejected, %d %s skipped.%n",
                    summary.published(), summary.filesRead(), feeds.any() ? "files and pages" : "files", Bytes.human(summary.bytes()),
                    (System.nanoTime() - start) / 1e9, summary.rejected(), summary.skipped(),
                    feeds.any() ? "files and entries" : "files");
            return summary.rejected() > 0 ? ErrorHandler.SOME_REJECTED : 0;
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

    private IngestSummary ingestOnce(ServiceMetrics metrics) throws InterruptedException {
        ConsoleIngestListener listener = new ConsoleIngestListener(err(), true);
        TopicSetup.ensure(kafka.client(), TopicSetup.DEFAULT_PARTITIONS, kafka.waitFor(false, spec.commandLine().getErr()));
        try (ArticlePublisher publisher = publisher(metrics)) {
            IngestListener counted = metrics.ingestListener(listener);
            IngestSummary files = ingest.inputs.isEmpty() ? IngestSummary.EMPTY
                    : new Ingest(ingest.reader(), publisher).run(ingest.inputs, System.in, counted);
            if (!feeds.any()) {
                return files;
            }
            return files.plus(feeds.rounds(publisher, stateDir(), ingest.maxBytes).pollIfDue(new SynchronizedListener(counted)));
        } finally {
            listener.progress.clear();
        }
    }

    private IngestSummary watchUntilStopped(StopSignal stop, ServiceMetrics metrics) throws InterruptedException {
        Path state = stateDir();
        watch.check(spec, ingest.inputs, state);
        TopicSetup.ensure(kafka.client(), TopicSetup.DEFAULT_PARTITIONS, kafka.waitFor(false, spec.commandLine().getErr()));
        ConsoleIngestListener listener = new ConsoleIngestListener(err(), false);
        try (ArticlePublisher publisher = publisher(metrics)) {
            FolderWatch folders = watch.folderWatch(new Ingest(ingest.reader(), publisher), ingest.inputs, state);
            FeedOptions.Rounds feedRounds = feeds.rounds(publisher, state, ingest.maxBytes);
            SynchronizedListener once = new SynchronizedListener(metrics.ingestListener(listener));
            watch.announce(err(), ingest.inputs, "state in " + state);
            feeds.announce(err(), "state in " + state);
            err().flush();
            IngestSummary fromFiles = folders.run(watch.polls(stop), once, round -> {
                report(round, "files");
                report(feedRounds.betweenRounds(once), "pages");
            });
            return fromFiles.plus(feedRounds.total());
        }
    }

    private void report(IngestSummary round, String what) {
        if (round.filesRead() > 0 || round.rejected() > 0) {
            out().printf("fed %d %s: %d articles published, %d rejected%n",
                    round.filesRead(), what, round.published(), round.rejected());
            out().flush();
        }
    }

    private Path stateDir() {
        if (stateDir != null) {
            return stateDir;
        }
        List<String> watched = new java.util.ArrayList<>(ingest.inputs);
        watched.addAll(feeds.feeds); // URLs, which no path resolves to
        return defaultStateDir(watched);
    }

    /** The publisher, its producer's metrics bound; healthy from now until the command ends. */
    private ArticlePublisher publisher(ServiceMetrics metrics) {
        ArticlePublisher publisher = new ArticlePublisher(metrics.bindProducer(ArticlePublisher.producer(kafka.client())));
        metrics.probe(kafka.client());
        metrics.checkService(() -> Health.UP);
        return publisher;
    }

    /** One state directory per set of inputs, so two watches on different folders do not share one. */
    static Path defaultStateDir(List<String> inputs) {
        String paths = String.join("\n", inputs.stream()
                .map(input -> Path.of(input).toAbsolutePath().normalize().toString()).sorted().toList());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(paths.getBytes(StandardCharsets.UTF_8));
            return Path.of(System.getProperty("user.home"), ".newsflow", "ingest-" + HexFormat.of().formatHex(hash, 0, 6));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
