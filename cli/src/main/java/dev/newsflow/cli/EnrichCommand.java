package dev.newsflow.cli;

import dev.newsflow.model.TopicSetup;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "enrich", mixinStandardHelpOptions = true,
        header = "Run the enrich topology (dedup and entity tagging) until stopped.",
        description = {"Reads newsflow.articles, writes newsflow.enriched (and unreadable records to newsflow.dlq). "
            + "Start several instances with the same settings to share the work, up to one per partition."})
final class EnrichCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Mixin
    EnrichOptions enrich;

    @Option(names = "--state-dir", required = true, paramLabel = "DIR",
            description = "Where the topology keeps its local state (restored from Kafka if lost).")
    Path stateDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        enrich.check(spec);
        kafka.check();
        java.nio.file.Files.createDirectories(stateDir);
        Path log = Logging.toFile(stateDir.resolve("enrich.log"));
        TopicSetup.ensure(kafka.client(), enrich.partitions);
        try (EnrichService service = new EnrichService(kafka.client(), stateDir, enrich.threads,
                enrich.config(), enrich.tagger())) {
            Runtime.getRuntime().addShutdownHook(new Thread(service::close, "enrich-shutdown"));
            service.start();
            System.out.printf("Enrich topology running against %s, log in %s. Stop with Ctrl-C.%n",
                    kafka.client().get("bootstrap.servers"), log);
            service.awaitStop();
            return service.failure() == null ? 0 : ErrorHandler.FAILED;
        }
    }
}
