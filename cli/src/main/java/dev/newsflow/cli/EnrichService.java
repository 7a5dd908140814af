package dev.newsflow.cli;

import dev.newsflow.enrich.EnrichConfig;
import dev.newsflow.enrich.EnrichStreams;
import dev.newsflow.enrich.EnrichTopology;
import dev.newsflow.enrich.entities.EntityTagger;
import dev.newsflow.metrics.Health;
import dev.newsflow.metrics.ServiceMetrics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The enrich topology running on Kafka Streams: start-up, failure handling and shutdown. */
final class EnrichService implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EnrichService.class);

    private final KafkaStreams streams;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final CountDownLatch running = new CountDownLatch(1);
    private volatile Throwable failure;

    EnrichService(Map<String, Object> client, Path stateDir, int threads, EnrichConfig config, EntityTagger tagger) {
        this(client, stateDir, threads, config, tagger, ServiceMetrics.off());
    }

    /** @param metrics counts what the topology reads and emits, and gets its Kafka Streams metrics */
    EnrichService(Map<String, Object> client, Path stateDir, int threads, EnrichConfig config, EntityTagger tagger,
                  ServiceMetrics metrics) {
        streams = new KafkaStreams(EnrichTopology.build(config, tagger, metrics.enrichListener()),
                EnrichStreams.properties(client, stateDir, threads));
        metrics.bind(streams);
        streams.setUncaughtExceptionHandler(this::onThreadFailure);
        streams.setStateListener((now, before) -> {
            log.info("Enrich topology: {} -> {}", before, now);
            if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) {
                stopped.countDown();
            }
            if (now == KafkaStreams.State.RUNNING || stopped.getCount() == 0) {
                running.countDown();
            }
        });
    }

    /**
     * A stream thread that gave up waiting for Kafka (a task that could not reach the cluster for
     * {@code task.timeout.ms}, 5 min by default) is replaced by a new one, which waits for the
     * cluster as the service does at start, and goes on where the last commit left off: a service
     * should outlive an outage, not need a restart after it. Anything else stops the service, with
     * the reason, since another thread would fail the same way.
     */
    private StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse onThreadFailure(Throwable e) {
        if (isKafkaAway(e)) {
            log.warn("A stream thread of the enrich topology gave up waiting for Kafka ({}): a new one takes its place and "
                    + "waits for the cluster", ErrorHandler.message(e));
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        }
        failure = e;
        log.error("The enrich topology failed and stops: {}", e.toString(), e);
        return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    }

    /** Whether a failure comes of the cluster not answering: a timeout, anywhere in its causes. */
    static boolean isKafkaAway(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof org.apache.kafka.common.errors.TimeoutException) {
                return true;
            }
        }
        return false;
    }

    EnrichService start() {
        streams.start();
        return this;
    }

    /** Blocks until the topology has its tasks and runs, or stops, or the timeout passes. */
    boolean awaitRunning(Duration timeout) throws InterruptedException {
        return running.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Blocks until the topology stops, by failure or by {@link #close()}. */
    void awaitStop() throws InterruptedException {
        stopped.await();
    }

    boolean awaitStop(Duration timeout) throws InterruptedException {
        return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Healthy while the topology runs or rebalances; starting, stopping or failed is not. */
    Health health() {
        KafkaStreams.State state = streams.state();
        if (state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING) {
            return Health.UP;
        }
        Throwable failed = failure;
        return Health.down("the enrich topology is " + state
                + (failed == null ? "" : ": " + ErrorHandler.message(failed)));
    }

    Throwable failure() {
        return failure;
    }

    boolean isStopped() {
        return stopped.getCount() == 0;
    }

    /**
     * Leaves the consumer group on the way out: Kafka Streams stays in by default, which makes the
     * next start wait a whole session timeout (45 s) for this member to expire.
     */
    @Override
    public void close() {
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(30)));
    }
}
