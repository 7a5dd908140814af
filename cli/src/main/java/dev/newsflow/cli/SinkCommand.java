package dev.newsflow.cli;

import dev.newsflow.metrics.Health;
import dev.newsflow.metrics.ServiceMetrics;
import dev.newsflow.model.TopicSetup;
import dev.newsflow.sink.EnrichedSink;
import dev.newsflow.sink.SinkConfig;
import dev.newsflow.sink.SinkListener;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "sink", mixinStandardHelpOptions = true,
        header = "Write newsflow.enriched to JSON-lines files, exactly once, until stopped.",
        description = {"Files: OUT/<yyyy-MM-dd>/enriched+<partition>+<startOffset>+<endOffset>.jsonl. "
            + "A file is written to a temporary name, synced, renamed, and only then are its offsets committed; "
            + "on start the sink continues after the highest offset in the files. Files roll by record count, "
            + "bytes and record time, and by the clock once the oldest buffered record has waited --roll-after; "
            + "what is buffered is written on a clean stop."})
final class SinkCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Mixin
    SinkOptions sink;

    @Mixin
    MetricsOptions metricsOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        metricsOptions.check(spec);
        try (ServiceMetrics metrics = metricsOptions.start(spec.commandLine().getErr())) {
            TopicSetup.ensure(kafka.client(), TopicSetup.DEFAULT_PARTITIONS, kafka.waitFor(true, spec.commandLine().getErr()));
            metrics.probe(kafka.client());
            SinkConfig config = sink.config();
            try (EnrichedSink writer = new EnrichedSink(config,
                    metrics.bindConsumer(EnrichedSink.consumer(config, kafka.client())), metrics.sinkListener(SinkListener.NONE))) {
                metrics.checkService(() -> writer.isRunning() ? Health.UP : Health.down("the sink is not running"));
                Thread shutdown = new Thread(writer::close, "sink-shutdown");
                Runtime.getRuntime().addShutdownHook(shutdown);
                System.out.printf("Sink writing %s to %s. Stop with Ctrl-C.%n", config.topic(), sink.out);
                writer.run();
            }
        }
        return 0;
    }
}
