package dev.newsflow.metrics;

import dev.newsflow.enrich.EnrichListener;
import dev.newsflow.ingest.IngestListener;
import dev.newsflow.sink.SinkListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The metrics and the health of one service, served for Prometheus ({@code /metrics}) and for
 * container health checks ({@code /health}): Kafka's client and Kafka Streams metrics through
 * Micrometer's binders, the JVM's, and newsflow's own counters ({@code newsflow_…}), fed by the
 * listeners this hands out. Made with {@link #off()} it is nothing at all: its listeners count
 * nothing and binding binds nothing, so a service without {@code --metrics-port} pays nothing.
 *
 * <p>Healthy means: the service says it works ({@link #checkService}) and the cluster answers
 * ({@link #probe}); until both are set, the service is starting, and not healthy.
 */
public final class ServiceMetrics implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ServiceMetrics.class);

    private static final ServiceMetrics OFF = new ServiceMetrics();

    private final PrometheusMeterRegistry registry;
    private final MetricsServer server;
    private final List<AutoCloseable> bound = new ArrayList<>();
    private volatile Supplier<Health> service = () -> Health.down("starting");
    private volatile ClusterProbe cluster;

    private ServiceMetrics() {
        registry = null;
        server = null;
    }

    private ServiceMetrics(InetSocketAddress address) throws IOException {
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        // first, so that a port taken leaves nothing bound behind
        server = new MetricsServer(address, registry::scrape, this::health);
        bindJvm();
    }

    /** Metrics off: nothing served, nothing counted. */
    public static ServiceMetrics off() {
        return OFF;
    }

    /** Serves the metrics and the health on the address now; the port may be 0 for any free one. */
    public static ServiceMetrics serve(InetSocketAddress address) throws IOException {
        return new ServiceMetrics(address);
    }

    public boolean isOn() {
        return registry != null;
    }

    /** Where the metrics are served (the port chosen where 0 was asked for); null when off. */
    public InetSocketAddress address() {
        return isOn() ? server.address() : null;
    }

    /** What the enrich topology tells it counts here. */
    public EnrichListener enrichListener() {
        return isOn() ? new EnrichCounters(registry) : EnrichListener.NONE;
    }

    /** Counts what the sink reads and writes, then tells {@code then}. */
    public SinkListener sinkListener(SinkListener then) {
        return isOn() ? new SinkCounters(registry, then) : then;
    }

    /** Counts what ingest reads, publishes and rejects, then tells {@code then}. */
    public IngestListener ingestListener(IngestListener then) {
        return isOn() ? new IngestCounters(registry, then) : then;
    }

    /** Counts the records a service that only reads (watch) has read of a topic. */
    public IntConsumer reads(String topic) {
        if (!isOn()) {
            return records -> {};
        }
        Counter read = articlesRead(registry, topic);
        return read::increment;
    }

    static Counter articlesRead(MeterRegistry registry, String topic) {
        return Counter.builder("newsflow.articles.read").description("Records read from a newsflow topic")
                .tag("topic", topic).register(registry);
    }

    /** Binds the Kafka Streams metrics; closing what this returns removes them (a stage of a benchmark ended). */
    public AutoCloseable bind(KafkaStreams streams) {
        return isOn() ? bindKafka(new KafkaStreamsMetrics(streams)) : () -> {};
    }

    /** Binds the producer's metrics, for as long as this service runs; returns the producer. */
    public <P extends Producer<?, ?>> P bindProducer(P producer) {
        if (isOn()) {
            bindKafka(new KafkaClientMetrics(producer));
        }
        return producer;
    }

    /** Binds the consumer's metrics, for as long as this service runs; returns the consumer. */
    public <C extends Consumer<?, ?>> C bindConsumer(C consumer) {
        if (isOn()) {
            bindKafka(new KafkaClientMetrics(consumer));
        }
        return consumer;
    }

    /** From now on, asks the cluster every few seconds whether it answers; {@code /health} is 503 while it does not. */
    public void probe(Map<String, Object> client) {
        if (isOn() && cluster == null) {
            cluster = new ClusterProbe(client);
        }
    }

    /** The service's own view of its health (its Kafka Streams state, its thread alive), asked at each {@code /health}. */
    public void checkService(Supplier<Health> check) {
        if (isOn()) {
            service = check;
        }
    }

    /** The service's view first, then the cluster's. */
    public Health health() {
        Health own = service.get();
        if (!own.up()) {
            return own;
        }
        ClusterProbe probe = cluster;
        return probe == null ? Health.down("not connected to Kafka yet") : probe.health();
    }

    /** The metrics as {@code /metrics} serves them. */
    public String scrape() {
        return isOn() ? registry.scrape() : "";
    }

    /** Each binder has a thread of its own that looks for new metrics every minute (new partitions, new tasks). */
    private <B extends MeterBinder & AutoCloseable> B bindKafka(B binder) {
        binder.bindTo(registry);
        synchronized (bound) {
            bound.add(binder);
        }
        return binder;
    }

    private void bindJvm() {
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        bound.add(gc);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    @Override
    public void close() {
        if (!isOn()) {
            return;
        }
        server.close();
        if (cluster != null) {
            cluster.close();
        }
        synchronized (bound) {
            for (AutoCloseable binder : bound) {
                try {
                    binder.close();
                } catch (Exception e) {
                    log.debug("Closing a metrics binder: {}", e.toString());
                }
            }
        }
        registry.close();
    }
}
