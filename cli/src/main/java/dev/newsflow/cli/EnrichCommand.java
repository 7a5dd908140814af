package dev.newsflow.cli;

import dev.newsflow.enrich.entities.EntityTagger;
import dev.newsflow.metrics.ServiceMetrics;
import dev.newsflow.model.Steps;
import dev.newsflow.model.TopicSetup;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "enrich", mixinStandardHelpOptions = true,
        header = "Run the enrich topology (dedup and entity tagging) until stopped.",
        description = {"Reads newsflow.articles, writes newsflow.enriched (and unreadable records to newsflow.dlq). "
            + "An article whose record comes out as the last one published for it (a replay) is not published again; "
            + "a notice goes to newsflow.unchanged instead. "
            + "Start several instances with the same settings to share the work, up to one per partition."})
final class EnrichCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Mixin
    EnrichOptions enrich;

    @Mixin
    MetricsOptions metricsOptions;

    @Option(names = "--state-dir", required = true, paramLabel = "DIR",
            description = "Where the topology keeps its local state (restored from Kafka if lost).")
    Path stateDir;

    @Spec
    CommandSpec spec;

    private static final Duration START_WAIT = Duration.ofSeconds(60);

    @Override
    public Integer call() throws Exception {
        enrich.check(spec);
        metricsOptions.check(spec);
        kafka.check();
        java.nio.file.Files.createDirectories(stateDir);
        Path log = Logging.toFile(stateDir.resolve("enrich.log"));
        Object servers = kafka.client().get("bootstrap.servers");
        // served from the start, so that a health check sees "starting" while the model loads
        try (ServiceMetrics metrics = metricsOptions.start(spec.commandLine().getErr())) {
            EnrichService service;
            try (Steps steps = Steps.on(spec.commandLine().getErr())) {
                // the model loads (3 s) while the cluster is reached
                Steps.Background<EntityTagger> tagger = steps.start(enrich::tagger);
                steps.run("connecting to Kafka at " + servers, () -> {
                    TopicSetup.ensure(kafka.client(), enrich.partitions, kafka.waitFor(true, spec.commandLine().getErr()));
                    TopicSetup.checkClaimsKeep(kafka.client(), enrich.config().retention());
                });
                metrics.probe(kafka.client());
                EntityTagger tagging = enrich.noTagging ? tagger.join() : steps.await("loading the German model", tagger);
                service = steps.run("starting the enrich topology", () -> started(tagging, metrics));
            }
            try (service) {
                System.out.printf("Enrich topology running against %s, log in %s. Stop with Ctrl-C.%n", servers, log);
                service.awaitStop();
                return service.failure() == null ? 0 : ErrorHandler.FAILED;
            }
        }
    }

    /** The topology, running (or stopped, if it failed on the way), with a hook that stops it on SIGTERM. */
    private EnrichService started(EntityTagger tagger, ServiceMetrics metrics) throws InterruptedException {
        EnrichService service = new EnrichService(kafka.client(), stateDir, enrich.threads, enrich.config(), tagger, metrics);
        metrics.checkService(service::health);
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "enrich-shutdown"));
        service.start();
        // joining the group and restoring the stores; the service goes on if this takes longer
        service.awaitRunning(START_WAIT);
        return service;
    }
}
