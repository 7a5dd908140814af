package dev.newsflow.metrics;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;

/**
 * Asks the cluster every few seconds who its brokers are, with the service's own client settings
 * (TLS, SASL), and remembers whether it answered. The service's clients keep running when the
 * brokers go away (they retry for ever and Kafka Streams stays RUNNING), so only asking tells a
 * health check that the service is cut off.
 */
final class ClusterProbe implements AutoCloseable {

    /** How often, and how long one question may take: a broker gone is reported within twice this. */
    static final Duration INTERVAL = Duration.ofSeconds(5);

    private final Admin admin;
    private final Object servers;
    private final ScheduledExecutorService scheduler;
    private volatile Health last = Health.down("Kafka not reached yet");

    ClusterProbe(Map<String, Object> client) {
        Map<String, Object> props = new HashMap<>(client);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "newsflow-health");
        // one try per question: the next question is the retry
        props.put(AdminClientConfig.RETRIES_CONFIG, 0);
        servers = client.get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG);
        admin = Admin.create(props);
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "newsflow-health");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::ask, 0, INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    Health health() {
        return last;
    }

    private void ask() {
        try {
            Collection<Node> brokers = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) INTERVAL.toMillis()))
                    .nodes().get(INTERVAL.toMillis() * 2, TimeUnit.MILLISECONDS);
            last = brokers.isEmpty() ? Health.down("Kafka at " + servers + " lists no broker") : Health.UP;
        } catch (ExecutionException e) {
            last = Health.down("Kafka at " + servers + " does not answer: " + e.getCause().getMessage());
        } catch (TimeoutException e) {
            last = Health.down("Kafka at " + servers + " does not answer within " + INTERVAL.toSeconds() * 2 + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // a scheduled task that throws is never run again
            last = Health.down("cannot ask Kafka at " + servers + ": " + e);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        admin.close(Duration.ofSeconds(5));
    }
}
