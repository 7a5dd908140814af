package dev.newsflow.cli;

import dev.newsflow.metrics.Health;
import dev.newsflow.metrics.ServiceMetrics;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.TopicSetup;
import dev.newsflow.model.Topics;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "watch", mixinStandardHelpOptions = true,
        header = "Show the enriched articles as they arrive on newsflow.enriched.",
        description = {"One line per article: time, title, paragraphs kept and dropped, the most named entities. "
            + "Starts at the end of the topic (what arrives from now on) unless --from-beginning; runs until stopped "
            + "(Ctrl-C) or until --max records. Reads committed records only and joins no consumer group, so it "
            + "takes nothing away from the sink or other watchers."})
final class WatchCommand implements Callable<Integer>, Stoppable {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Deserializer<EnrichedArticle> ARTICLES = Topics.ENRICHED.valueSerde().deserializer();

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--json", description = "Print each record's value as it is on the topic, one per line.")
    boolean json;

    @Option(names = "--from-beginning", description = "Replay the topic from its first record.")
    boolean fromBeginning;

    @Option(names = "--max", paramLabel = "N", description = "Stop after N records.")
    long max;

    @Mixin
    MetricsOptions metricsOptions;

    @Spec
    CommandSpec spec;

    private volatile StopSignal stopSignal;
    private volatile boolean watching;

    @Override
    public Integer call() throws InterruptedException {
        if (max < 0) {
            throw new ParameterException(spec.commandLine(), "--max must be positive, not " + max);
        }
        metricsOptions.check(spec);
        PrintWriter out = spec.commandLine().getOut();
        try (ServiceMetrics metrics = metricsOptions.start(spec.commandLine().getErr());
             StopSignal stop = StopSignal.onShutdown("watch")) {
            stopSignal = stop;
            TopicSetup.ensure(kafka.client(), TopicSetup.DEFAULT_PARTITIONS);
            metrics.probe(kafka.client());
            metrics.checkService(() -> watching ? Health.UP : Health.down("not watching"));
            watch(out, stop, metrics);
        }
        return 0;
    }

    private void watch(PrintWriter out, StopSignal stop, ServiceMetrics metrics) {
        IntConsumer reads = metrics.reads(Topics.ENRICHED.name());
        try (KafkaConsumer<String, byte[]> consumer = metrics.bindConsumer(consumer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ENRICHED.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            if (fromBeginning) {
                consumer.seekToBeginning(partitions);
            } else {
                consumer.seekToEnd(partitions);
            }
            partitions.forEach(consumer::position); // fixed now, before the line below says so
            spec.commandLine().getErr().printf("Watching %s on %s from the %s. Stop with Ctrl-C.%n", Topics.ENRICHED.name(),
                    kafka.client().get("bootstrap.servers"), fromBeginning ? "beginning" : "end");
            spec.commandLine().getErr().flush();
            long shown = 0;
            watching = true;
            while (!stop.isStopped() && (max == 0 || shown < max)) {
                ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
                reads.accept(records.count());
                for (ConsumerRecord<String, byte[]> record : records) {
                    out.println(json ? raw(record) : readable(record));
                    if (++shown == max) {
                        break;
                    }
                }
                out.flush();
            }
        } finally {
            watching = false;
        }
    }

    /** Stops the watch as Ctrl-C would. */
    @Override
    public void stop() {
        StopSignal stop = stopSignal;
        if (stop != null) {
            stop.stop();
        }
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Map<String, Object> props = new HashMap<>(kafka.client());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-watch");
        return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }

    static String raw(ConsumerRecord<String, byte[]> record) {
        return record.value() == null ? "null" : new String(record.value(), StandardCharsets.UTF_8);
    }

    /** {@code [2026-11-22T01:00:00Z] Titel — 12 kept, 3 dropped · Russland (12), Nordkorea (9), Wladimir Putin (5)} */
    static String readable(ConsumerRecord<String, byte[]> record) {
        String time = "[" + Instant.ofEpochMilli(record.timestamp()).truncatedTo(ChronoUnit.SECONDS) + "] ";
        try {
            EnrichedArticle article = record.value() == null ? null : ARTICLES.deserialize(record.topic(), record.value());
            if (article == null) {
                return time + "(no value, key " + record.key() + ", partition " + record.partition()
                        + ", offset " + record.offset() + ")";
            }
            return time + ArticleLine.describe(article);
        } catch (SerializationException e) {
            return time + "(not an enriched article at partition " + record.partition() + ", offset " + record.offset()
                    + ": " + ErrorHandler.message(e).lines().findFirst().orElse("") + ")";
        }
    }
}
