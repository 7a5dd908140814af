package dev.newsflow.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.newsflow.model.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live page of newsflow.enriched: {@code /} and its static files from the jar, and
 * {@code /events}, a Server-Sent Events stream that gives each browser the latest record of
 * the recent articles, newest first, then every record as it arrives. Reads the topic with a
 * consumer of its own (committed records only, no consumer group, nothing committed), so it
 * takes nothing away from the sink or other watchers.
 */
final class WatchPage implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WatchPage.class);
    private static final Duration POLL = Duration.ofMillis(200);
    /** A connected browser may fall this far behind the live records before it is dropped. */
    private static final int LIVE_BACKLOG = 1000;
    /** The page's files, the only paths served besides the stream: nothing else of the jar is reachable. */
    private static final Map<String, String> FILES = Map.of(
            "/index.html", "text/html; charset=utf-8",
            "/app.js", "text/javascript; charset=utf-8",
            "/style.css", "text/css; charset=utf-8",
            "/map.svg", "image/svg+xml");
    private static final String RESOURCES = "/dev/newsflow/cli/web";

    private final HttpServer server;
    private final ExecutorService exchanges;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread reader;
    private final RecentArticles recent;
    private final int recentCapacity;
    private final Duration keepAlive;
    private final Set<PageClient> clients = new CopyOnWriteArraySet<>();
    private volatile boolean running = true;

    private WatchPage(Map<String, Object> client, InetSocketAddress address, int recentCapacity, Duration keepAlive)
            throws IOException {
        this.recent = new RecentArticles(recentCapacity);
        this.recentCapacity = recentCapacity;
        this.keepAlive = keepAlive;
        this.consumer = consumer(client);
        seekToRecent(recentCapacity);
        AtomicInteger threads = new AtomicInteger();
        // one thread per open stream: each blocks on its browser, never on the consumer
        this.exchanges = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "watch-page-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            server = HttpServer.create(address, 0);
        } catch (IOException e) {
            consumer.close();
            throw e;
        }
        server.setExecutor(exchanges);
        server.createContext("/events", this::events);
        server.createContext("/", this::file);
        server.start();
        reader = new Thread(this::read, "watch-page-reader");
        reader.setDaemon(true);
        reader.start();
    }

    static WatchPage start(Map<String, Object> client, InetSocketAddress address, int recent, Duration keepAlive)
            throws IOException {
        return new WatchPage(client, address, recent, keepAlive);
    }

    URI uri() {
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().isAnyLocalAddress() ? "localhost" : address.getHostString();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + "/");
    }

    private static KafkaConsumer<String, byte[]> consumer(Map<String, Object> client) {
        Map<String, Object> props = new HashMap<>(client);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-watch-page");
        return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }

    /**
     * Starts each partition that many records before its end: the latest per id of those is the
     * page's first window, read in a bounded time however large the compacted topic has grown.
     * Where revisions crowd a partition's tail, the window holds fewer articles than asked.
     */
    private void seekToRecent(int records) {
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.ENRICHED.name()).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions);
        consumer.endOffsets(partitions).forEach((partition, end) ->
                consumer.seek(partition, Math.max(beginning.get(partition), end - records)));
    }

    private void read() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    publish(record);
                }
            }
        } catch (WakeupException e) {
            // close() asked us to stop
        } catch (RuntimeException e) {
            log.error("The watch page stops reading {}: {}", Topics.ENRICHED.name(), e.toString(), e);
        } finally {
            consumer.close();
        }
    }

    private void publish(ConsumerRecord<String, byte[]> record) {
        PageEvent event;
        try {
            event = PageEvent.of(record);
        } catch (SerializationException e) {
            log.warn("The watch page skips a record that is no enriched article at {}-{} offset {}: {}",
                    record.topic(), record.partition(), record.offset(), e.getMessage());
            return;
        }
        // under the lock a connecting browser takes its first window with, so it misses nothing and gets nothing twice
        synchronized (this) {
            if (event.removal()) {
                recent.remove(event.id());
            } else {
                recent.put(event.id(), event.time(), event.frame());
            }
            for (PageClient client : clients) {
                if (!client.offer(event.frame())) {
                    clients.remove(client);
                    log.warn("The watch page dropped a browser that fell {} records behind", LIVE_BACKLOG);
                }
            }
        }
    }

    private void events(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            PageClient client = new PageClient(1 + recentCapacity + LIVE_BACKLOG);
            synchronized (this) {
                client.offer(PageEvent.RESET);
                recent.newestFirst().forEach(client::offer);
                clients.add(client);
            }
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                client.serve(out, keepAlive);
            } catch (IOException e) {
                log.debug("A browser left the watch page: {}", e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                client.close();
                clients.remove(client);
            }
        }
    }

    private void file(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String name = path.equals("/") ? "/index.html" : path;
            String type = FILES.get(name);
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            if (type == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body;
            try (InputStream in = WatchPage.class.getResourceAsStream(RESOURCES + name)) {
                body = in.readAllBytes();
            }
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(200, head ? -1 : body.length);
            if (!head) {
                exchange.getResponseBody().write(body);
            }
        }
    }

    /** How many browsers have the event stream open. */
    int browsers() {
        return clients.size();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        clients.forEach(PageClient::close);
        consumer.wakeup();
        reader.join();
        // the streams end within a slice of their poll once closed; a second is plenty
        server.stop(1);
        exchanges.shutdownNow();
    }
}
