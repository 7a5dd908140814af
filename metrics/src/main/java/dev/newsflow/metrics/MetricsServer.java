package dev.newsflow.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves {@code /metrics} (Prometheus text format) and {@code /health} (200 or 503, the reason as
 * the body) over plain HTTP, with the JDK's own server: one thread, nothing else on the class path.
 * The address is the loopback unless the operator says otherwise, since the metrics name the
 * cluster, the topics and the machine.
 */
final class MetricsServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MetricsServer.class);

    /** Prometheus' text exposition format, the one every scraper reads. */
    static final String METRICS_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private static final String TEXT = "text/plain; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService executor;

    MetricsServer(InetSocketAddress address, Supplier<String> metrics, Supplier<Health> health) throws IOException {
        server = HttpServer.create(address, 0);
        executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "newsflow-metrics-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", exchange -> answer(exchange, metrics, health));
        server.start();
    }

    /** The address bound, with the port chosen where 0 was asked for. */
    InetSocketAddress address() {
        return server.getAddress();
    }

    private static void answer(HttpExchange exchange, Supplier<String> metrics, Supplier<Health> health) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, new Reply(405, TEXT, "only GET and HEAD\n"));
                return;
            }
            Reply reply;
            try {
                reply = reply(exchange.getRequestURI().getPath(), metrics, health);
            } catch (RuntimeException e) {
                log.warn("Cannot answer {} {}: {}", method, exchange.getRequestURI(), e.toString(), e);
                reply = new Reply(500, TEXT, "cannot answer: " + e + "\n");
            }
            send(exchange, reply);
        }
    }

    private record Reply(int status, String type, String body) {}

    private static Reply reply(String path, Supplier<String> metrics, Supplier<Health> health) {
        return switch (path) {
            case "/metrics" -> new Reply(200, METRICS_TYPE, metrics.get());
            case "/health" -> {
                Health now = health.get();
                yield new Reply(now.up() ? 200 : 503, TEXT, now.reason() + "\n");
            }
            default -> new Reply(404, TEXT, "not here: /metrics (Prometheus) and /health\n");
        };
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", reply.type());
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(reply.status(), head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
