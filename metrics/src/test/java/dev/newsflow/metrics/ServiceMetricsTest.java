package dev.newsflow.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.newsflow.broker.SharedBroker;
import dev.newsflow.enrich.EnrichListener;
import dev.newsflow.ingest.IngestListener;
import dev.newsflow.ingest.Rejection;
import dev.newsflow.model.Article;
import dev.newsflow.sink.SinkListener;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceMetricsTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration PROBE_WAIT = ClusterProbe.INTERVAL.multipliedBy(4);

    private ServiceMetrics metrics;

    @AfterEach
    void close() {
        if (metrics != null) {
            metrics.close();
        }
    }

    @Test
    void shouldCountNothingAndServeNothingWhenOff() {
        ServiceMetrics off = ServiceMetrics.off();
        SinkListener sink = (file, articles) -> {};
        IngestListener console = new Quiet();

        assertSame(EnrichListener.NONE, off.enrichListener());
        assertSame(sink, off.sinkListener(sink), "the next listener itself, nothing in between");
        assertSame(console, off.ingestListener(console));
        assertNull(off.address());
        assertEquals("", off.scrape());
        off.close();
    }

    @Test
    void shouldServeTheJvmsAndNewsflowsMetricsInPrometheusText() throws Exception {
        metrics = ServiceMetrics.serve(new InetSocketAddress("127.0.0.1", 0));
        metrics.ingestListener(new Quiet()).published(null);

        HttpResponse<String> response = get("/metrics");
        assertEquals(200, response.statusCode());
        assertEquals(MetricsServer.METRICS_TYPE, response.headers().firstValue("Content-Type").orElse(""));
        Map<String, Double> samples = Scrape.parse(response.body());
        assertEquals(1.0, samples.get("newsflow_articles_published_total"));
        assertTrue(samples.keySet().stream().anyMatch(name -> name.startsWith("jvm_memory_used_bytes{")), response.body());
    }

    @Test
    void shouldCountWhatTheSinkWritesAndTellTheNextListener(@TempDir Path dir) throws Exception {
        metrics = ServiceMetrics.serve(new InetSocketAddress("127.0.0.1", 0));
        List<Path> told = new java.util.ArrayList<>();
        SinkListener sink = metrics.sinkListener((file, articles) -> told.add(file));
        Path file = Files.writeString(dir.resolve("enriched+0+0+1.jsonl"), "{}\n{}\n");

        sink.onRead(3);
        sink.onFileWritten(file, List.of());

        Map<String, Double> samples = Scrape.parse(metrics.scrape());
        assertEquals(3.0, samples.get("newsflow_articles_read_total{topic=\"newsflow.enriched\"}"));
        assertEquals(1.0, samples.get("newsflow_sink_files_total"));
        assertEquals(6.0, samples.get("newsflow_sink_bytes_total"));
        assertEquals(0.0, samples.get("newsflow_articles_written_total"), "the file's lines that are articles");
        assertEquals(List.of(file), told);
    }

    @Test
    void shouldCountInputsReadAndRejected() throws Exception {
        metrics = ServiceMetrics.serve(new InetSocketAddress("127.0.0.1", 0));
        IngestListener ingest = metrics.ingestListener(new Quiet());
        ingest.started("a.txt");
        ingest.started("b.txt");
        ingest.rejected(new Rejection("b.txt", "file is empty"));

        Map<String, Double> samples = Scrape.parse(metrics.scrape());
        assertEquals(2.0, samples.get("newsflow_inputs_read_total"));
        assertEquals(1.0, samples.get("newsflow_inputs_rejected_total"));
        assertEquals(0.0, samples.get("newsflow_articles_published_total"));
    }

    @Test
    void shouldAnswerHealthOnlyOnceTheServiceRunsAndTheClusterAnswers() throws Exception {
        metrics = ServiceMetrics.serve(new InetSocketAddress("127.0.0.1", 0));
        assertEquals(503, get("/health").statusCode());
        assertEquals("starting\n", get("/health").body());

        metrics.checkService(() -> Health.UP);
        assertEquals("not connected to Kafka yet\n", get("/health").body());

        metrics.probe(SharedBroker.client());
        awaitHealth(200, () -> get("/health").statusCode());
        assertEquals("ok\n", get("/health").body());

        metrics.checkService(() -> Health.down("the sink is not running"));
        assertEquals(503, get("/health").statusCode());
        assertEquals("the sink is not running\n", get("/health").body());
    }

    @Test
    void shouldBeUnhealthyWhileTheClusterDoesNotAnswer() throws Exception {
        metrics = ServiceMetrics.serve(new InetSocketAddress("127.0.0.1", 0));
        metrics.checkService(() -> Health.UP);
        try (java.net.ServerSocket closed = new java.net.ServerSocket(0)) {
            // a port that takes connections but never speaks Kafka
            metrics.probe(Map.of("bootstrap.servers", "127.0.0.1:" + closed.getLocalPort()));
            awaitHealth(503, () -> metrics.health().reason().contains("does not answer") ? 503 : 0);
        }
        assertEquals(503, get("/health").statusCode());
        assertTrue(get("/health").body().startsWith("Kafka at 127.0.0.1:"), get("/health").body());
    }

    @Test
    void shouldAnswerOtherPathsAndMethodsWithTheirStatus() throws Exception {
        metrics = ServiceMetrics.serve(new InetSocketAddress("127.0.0.1", 0));
        assertEquals(404, get("/metrics/x").statusCode());
        assertEquals(404, get("/").statusCode());
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(uri("/metrics"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        HttpResponse<String> head = HTTP.send(HttpRequest.newBuilder(uri("/health"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(503, head.statusCode());
        assertEquals("", head.body());
    }

    @Test
    void shouldRefuseAPortThatIsTaken() throws Exception {
        metrics = ServiceMetrics.serve(new InetSocketAddress("127.0.0.1", 0));
        try {
            ServiceMetrics.serve(metrics.address()).close();
            fail("a second server on " + metrics.address());
        } catch (IOException e) {
            assertTrue(e.getMessage().contains("in use"), e.getMessage());
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + metrics.address().getPort() + path);
    }

    private interface Status {
        int get() throws Exception;
    }

    private static void awaitHealth(int status, Status current) throws Exception {
        long deadline = System.nanoTime() + PROBE_WAIT.toNanos();
        int last;
        while ((last = current.get()) != status) {
            if (System.nanoTime() > deadline) {
                fail("health still " + last + " after " + PROBE_WAIT + ", not " + status);
            }
            // the probe asks the cluster on its own schedule
            Thread.sleep(100);
        }
    }

    /** An ingest listener that says nothing. */
    private static final class Quiet implements IngestListener {
        @Override
        public void published(Article article) {}

        @Override
        public void rejected(Rejection rejection) {}

        @Override
        public void warned(String input, String message) {}
    }
}
