package dev.newsflow.cli;

import dev.newsflow.metrics.Health;
import dev.newsflow.metrics.ServiceMetrics;
import dev.newsflow.model.Change;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.TopicSetup;
import dev.newsflow.model.Topics;
import dev.newsflow.model.UnchangedArticle;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
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
        description = {"One line per article: time, title, paragraphs kept and dropped, the most named entities; "
            + "'revised' where the article was published before and its record changed. An article enrich processed "
            + "again without a change (a replay) is not published again: it is shown as 'unchanged', from its notice "
            + "on newsflow.unchanged. When it stops, says how many were new, revised and unchanged. "
            + "Starts at the end of the topics (what arrives from now on) unless --from-beginning; runs until stopped "
            + "(Ctrl-C) or until --max records. Reads committed records only and joins no consumer group, so it "
            + "takes nothing away from the sink or other watchers.",
            "",
            "With --web PORT it also serves a live page of the articles on 127.0.0.1:PORT: the latest on the topic, "
            + "newest first, then each new or revised one as it arrives, with the mentions marked and the dropped "
            + "paragraphs folded away."})
final class WatchCommand implements Callable<Integer>, Stoppable {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Deserializer<EnrichedArticle> ARTICLES = Topics.ENRICHED.valueSerde().deserializer();
    private static final Deserializer<UnchangedArticle> NOTICES = Topics.UNCHANGED.valueSerde().deserializer();

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--json", description = "Print each record's value as it is on newsflow.enriched, one per line "
            + "(the notices of unchanged articles are not shown).")
    boolean json;

    @Option(names = "--from-beginning", description = "Replay the topic from its first record.")
    boolean fromBeginning;

    @Option(names = "--max", paramLabel = "N", description = "Stop after N records.")
    long max;

    @Mixin
    WebOptions web;

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
        web.check(spec);
        metricsOptions.check(spec);
        PrintWriter out = spec.commandLine().getOut();
        try (ServiceMetrics metrics = metricsOptions.start(spec.commandLine().getErr());
             StopSignal stop = StopSignal.onShutdown("watch")) {
            stopSignal = stop;
            TopicSetup.ensure(kafka.client(), TopicSetup.DEFAULT_PARTITIONS, kafka.waitFor(false, spec.commandLine().getErr()));
            metrics.probe(kafka.client());
            metrics.checkService(() -> watching ? Health.UP : Health.down("not watching"));
            try (WatchPage page = web.start(kafka.client())) {
                watch(out, stop, metrics, page);
            }
        }
        return 0;
    }

    private void watch(PrintWriter out, StopSignal stop, ServiceMetrics metrics, WatchPage page) {
        // counted by topic: the notices of unchanged articles are records of newsflow.unchanged
        Map<String, IntConsumer> reads = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = metrics.bindConsumer(consumer())) {
            // --json prints newsflow.enriched as it is; the readable lines show the notices too
            List<String> topics = json ? List.of(Topics.ENRICHED.name()) : List.of(Topics.ENRICHED.name(), Topics.UNCHANGED.name());
            topics.forEach(topic -> reads.put(topic, metrics.reads(topic)));
            List<TopicPartition> partitions = topics.stream().flatMap(topic -> consumer.partitionsFor(topic).stream())
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            if (fromBeginning) {
                consumer.seekToBeginning(partitions);
            } else {
                consumer.seekToEnd(partitions);
            }
            partitions.forEach(consumer::position); // fixed now, before the line below says so
            spec.commandLine().getErr().printf("Watching %s on %s from the %s. Stop with Ctrl-C.%n", String.join(" and ", topics),
                    kafka.client().get("bootstrap.servers"), fromBeginning ? "beginning" : "end");
            spec.commandLine().getErr().flush();
            WebOptions.announce(page, spec.commandLine().getErr());
            long shown = 0;
            Map<Change, Long> changes = new EnumMap<>(Change.class);
            watching = true;
            while (!stop.isStopped() && (max == 0 || shown < max)) {
                ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
                for (TopicPartition partition : records.partitions()) {
                    reads.get(partition.topic()).accept(records.records(partition).size());
                }
                for (ConsumerRecord<String, byte[]> record : records) {
                    if (json) {
                        out.println(raw(record));
                    } else {
                        Shown line = show(record);
                        out.println(line.line());
                        if (line.change() != null) {
                            changes.merge(line.change(), 1L, Long::sum);
                        }
                    }
                    if (++shown == max) {
                        break;
                    }
                }
                out.flush();
            }
            if (!json) {
                spec.commandLine().getErr().printf("Shown %d records: %d new, %d revised, %d unchanged.%n", shown,
                        changes.getOrDefault(Change.NEW, 0L), changes.getOrDefault(Change.REVISED, 0L),
                        changes.getOrDefault(Change.UNCHANGED, 0L));
                spec.commandLine().getErr().flush();
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

    /** A record as a line, and what it says of its article: null where it is no article (a tombstone, unreadable). */
    record Shown(String line, Change change) {}

    static String readable(ConsumerRecord<String, byte[]> record) {
        return show(record).line();
    }

    /**
     * {@code [2026-11-22T01:00:00Z] Titel — 12 kept, 3 dropped · Russland (12), Nordkorea (9), Wladimir Putin (5)};
     * {@code … Titel — revised: 12 kept, 4 dropped · …} where the header says so (a record without it, from
     * an enrich before emit on change, counts as new); {@code … Titel — unchanged} for a notice.
     */
    static Shown show(ConsumerRecord<String, byte[]> record) {
        String time = "[" + Instant.ofEpochMilli(record.timestamp()).truncatedTo(ChronoUnit.SECONDS) + "] ";
        if (record.topic().equals(Topics.UNCHANGED.name())) {
            return new Shown(time + unchanged(record), Change.UNCHANGED);
        }
        try {
            EnrichedArticle article = record.value() == null ? null : ARTICLES.deserialize(record.topic(), record.value());
            if (article == null) {
                return new Shown(time + "(no value, key " + record.key() + ", partition " + record.partition()
                        + ", offset " + record.offset() + ")", null);
            }
            Change change = Change.of(record.headers());
            return new Shown(time + (change == Change.REVISED ? ArticleLine.describeRevised(article) : ArticleLine.describe(article)),
                    change);
        } catch (SerializationException e) {
            return new Shown(time + "(not an enriched article at partition " + record.partition() + ", offset " + record.offset()
                    + ": " + ErrorHandler.message(e).lines().findFirst().orElse("") + ")", null);
        }
    }

    private static String unchanged(ConsumerRecord<String, byte[]> record) {
        try {
            UnchangedArticle notice = record.value() == null ? null : NOTICES.deserialize(record.topic(), record.value());
            return (notice == null ? record.key() : ArticleLine.title(notice.title(), notice.source())) + " — unchanged";
        } catch (SerializationException e) {
            return record.key() + " — unchanged";
        }
    }
}
