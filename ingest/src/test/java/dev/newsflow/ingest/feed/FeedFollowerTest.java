package dev.newsflow.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.newsflow.ingest.ArticleIds;
import dev.newsflow.ingest.ArticlePublisher;
import dev.newsflow.ingest.IngestListener;
import dev.newsflow.ingest.IngestSummary;
import dev.newsflow.ingest.Rejection;
import dev.newsflow.model.Article;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds and pages from a real web server on the loopback: what a newsroom's feeds do to a follower. */
class FeedFollowerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T08:00:00Z"), ZoneOffset.UTC);
    private static final Duration TIMEOUT = Duration.ofMillis(700);

    @TempDir
    Path dir;

    private HttpServer server;
    private String base;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Map<String, byte[]> feeds = new ConcurrentHashMap<>();
    private final MockProducer<String, byte[]> producer =
            new MockProducer<>(false, null, new StringSerializer(), new ByteArraySerializer());

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/", exchange -> {
            requests.computeIfAbsent(exchange.getRequestURI().getPath(), p -> new AtomicInteger()).incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.createContext("/feed", this::serveFeed);
        page("/news/kursk", article("Neue Gefechte im Gebiet Kursk",
                "Die ukrainische Armee meldet neue Gefechte im Gebiet Kursk, rund 40 Kilometer hinter der Grenze."),
                StandardCharsets.UTF_8);
        page("/news/bahn", article("Bahn streicht Verbindungen",
                "Die Deutsche Bahn streicht wegen des Sturms zahlreiche Verbindungen zwischen Hamburg und Berlin."),
                StandardCharsets.UTF_8);
        page("/news/koeln", article("Köln öffnet die Brücke",
                "Die Bürgermeisterin von Köln eröffnete am Montag die neue Rheinbrücke; rund 1.500 Gäste kamen zur Feier."),
                Charset.forName("windows-1252"));
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void publishesEachEntrysPageOnceOldestFirstWithoutTheFurniture() throws Exception {
        feed("/feed/main", rss(item("kursk", "2026-12-05T06:00:00Z", "v1"), item("bahn", "2026-12-05T05:00:00Z", "v1")));
        Recorded recorded = new Recorded();

        IngestSummary first = follower().poll(List.of(base + "/feed/main"), recorded);

        assertEquals(List.of(id("bahn"), id("kursk")), first.publishedIds(), "oldest entry first");
        Article kursk = recorded.articles.get(1);
        assertEquals("Neue Gefechte im Gebiet Kursk", kursk.title());
        assertEquals(base + "/news/kursk", kursk.source());
        assertTrue(kursk.text().contains("rund 40 Kilometer hinter der Grenze"), kursk.text());
        for (String furniture : List.of("Startseite", "Cookies", "Kommentare", "Impressum", "Mondblüemli")) {
            assertFalse(kursk.text().contains(furniture), furniture + " in " + kursk.text());
        }
        assertEquals(2, producer.history().size());
        assertEquals(List.of(), recorded.rejections);
    }

    @Test
    void aSecondPollPublishesTheNewEntryAndTheChangedOneUnderItsIdAndAnUnchangedFeedCostsA304() throws Exception {
        feed("/feed/main", rss(item("kursk", "2026-12-05T06:00:00Z", "v1"), item("bahn", "2026-12-05T05:00:00Z", "v1")));
        follower().poll(List.of(base + "/feed/main"), new Recorded());

        feed("/feed/main", rss(item("koeln", "2026-12-05T07:00:00Z", "v1"), item("kursk", "2026-12-05T06:00:00Z", "v2"),
                item("bahn", "2026-12-05T05:00:00Z", "v1")));
        Recorded second = new Recorded();
        IngestSummary again = follower().poll(List.of(base + "/feed/main"), second); // a restart: state from the file

        assertEquals(List.of(id("kursk"), id("koeln")), again.publishedIds());
        assertEquals(1, again.skipped(), "bahn is unchanged");
        assertEquals("Köln öffnet die Brücke", second.articles.get(1).title(), "windows-1252 declared in the page's meta");
        assertTrue(second.articles.get(1).text().contains("Bürgermeisterin von Köln eröffnete"));

        int pagesBefore = pageRequests();
        IngestSummary third = follower().poll(List.of(base + "/feed/main"), new Recorded());
        assertEquals(0, third.published() + third.skipped(), "the feed answered 304: its entries were not even read");
        assertEquals(pagesBefore, pageRequests());
        assertEquals(3, requests.get("/feed/main").get());
    }

    @Test
    void aFailingFeedOrPageIsOneLineNamingItAndTheRestGoesOn() throws Exception {
        feed("/feed/main", rss(item("missing", "2026-12-05T04:00:00Z", "v1"), item("slow", "2026-12-05T04:30:00Z", "v1"),
                item("loop", "2026-12-05T04:40:00Z", "v1"), item("huge", "2026-12-05T04:50:00Z", "v1"),
                item("kursk", "2026-12-05T06:00:00Z", "v1")));
        feed("/feed/broken", "<rss><channel><item><title>oops</channel>".getBytes(StandardCharsets.UTF_8));
        server.createContext("/news/slow", exchange -> {
            sleep(TIMEOUT.multipliedBy(3));
            exchange.close();
        });
        server.createContext("/news/loop", exchange -> {
            exchange.getResponseHeaders().add("Location", "/news/loop");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        AtomicLong hugeSent = new AtomicLong();
        server.createContext("/news/huge", exchange -> {
            exchange.sendResponseHeaders(200, 0); // chunked: no length to refuse it by
            byte[] block = "<p>Ein Absatz, der sich wiederholt.</p>\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
            try (OutputStream body = exchange.getResponseBody()) {
                while (hugeSent.get() < 50L * 1024 * 1024) {
                    body.write(block);
                    hugeSent.addAndGet(block.length);
                }
            } catch (IOException e) {
                // the client hung up, as it should
            }
        });
        Recorded recorded = new Recorded();

        IngestSummary summary = follower().poll(List.of(base + "/feed/broken", base + "/feed/main"), recorded);

        assertEquals(List.of(id("kursk")), summary.publishedIds());
        assertEquals(List.of(
                base + "/feed/broken: not an RSS or Atom feed",
                base + "/news/missing: HTTP 404",
                base + "/news/slow: no answer within 700 ms (tried 2 times)",
                base + "/news/loop: more than 5 redirects",
                base + "/news/huge: too large: more than the limit of 1048576 bytes"), recorded.rejectionsShort());
        assertTrue(hugeSent.get() < 50L * 1024 * 1024, "the 50 MB page was read whole: " + hugeSent.get());

        // refused for good: reported once; the timeout may pass, so it is tried again
        Recorded again = new Recorded();
        follower().poll(List.of(base + "/feed/main"), again);
        assertEquals(List.of(base + "/news/slow: no answer within 700 ms (tried 2 times)"), again.rejectionsShort());
    }

    @Test
    void readsAtomAndFillsWhatThePageLacksFromTheEntry() throws Exception {
        page("/news/bare", "<html><body><article><p>Ein Text ohne Titel und Datum, aber lang genug, um als Artikel "
                + "zu gelten, mit mehreren Sätzen. Der zweite Satz sagt noch etwas mehr über die Sache.</p></article>"
                + "</body></html>", StandardCharsets.UTF_8);
        feed("/feed/atom", ("<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>T</title><id>urn:feed</id><updated>2026-12-05T07:00:00Z</updated>"
                + "<entry><id>urn:entry:1</id><title>Titel aus dem Feed</title><link href=\"" + base + "/news/bare\"/>"
                + "<published>2026-12-05T06:30:00Z</published><updated>2026-12-05T06:30:00Z</updated></entry></feed>")
                .getBytes(StandardCharsets.UTF_8));
        Recorded recorded = new Recorded();

        follower().poll(List.of(base + "/feed/atom"), recorded);

        Article article = recorded.articles.get(0);
        assertEquals("Titel aus dem Feed", article.title());
        assertEquals(Instant.parse("2026-12-05T06:30:00Z"), article.publishedAt());
        assertEquals(CLOCK.instant(), article.ingestedAt());
    }

    private FeedFollower follower() {
        WebClient web = new WebClient(TIMEOUT, 1024 * 1024, 2, Duration.ofMillis(10), "newsflow-test");
        return new FeedFollower(web, new ArticlePublisher(producer), FedItems.load(dir.resolve("fed-feeds.json")), CLOCK,
                Duration.ofMillis(5));
    }

    private String id(String slug) {
        return ArticleIds.fromSource(base + "/news/" + slug);
    }

    private int pageRequests() {
        return requests.entrySet().stream().filter(e -> e.getKey().startsWith("/news/")).mapToInt(e -> e.getValue().get()).sum();
    }

    private void feed(String path, byte[] xml) {
        boolean known = feeds.containsKey(path);
        feeds.put(path, xml);
        if (!known) {
            server.createContext(path, this::serveFeed);
        }
    }

    private void feed(String path, String xml) {
        feed(path, xml.getBytes(StandardCharsets.UTF_8));
    }

    /** Answers 304 to a request that names the feed's current ETag, as a well-behaved server does. */
    private void serveFeed(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        byte[] xml = feeds.get(path);
        String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(xml)) + "\"";
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().add("ETag", etag);
        exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
        exchange.sendResponseHeaders(200, xml.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(xml);
        }
    }

    private void page(String path, String html, Charset charset) {
        byte[] bytes = html.getBytes(charset);
        HttpHandler handler = exchange -> {
            requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "text/html"); // the charset is in the page's meta
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(bytes);
            }
        };
        server.createContext(path, handler);
    }

    private static String article(String title, String lead) {
        String charset = title.contains("Köln") ? "windows-1252" : "utf-8";
        return "<!DOCTYPE html><html><head><meta charset=\"" + charset + "\"><title>" + title + " | Zeitung</title></head><body>"
                + "<nav><ul><li><a href=\"/\">Startseite</a></li><li><a href=\"/politik\">Politik</a></li></ul></nav>"
                + "<div class=\"cookie-banner\">Wir verwenden Cookies. <button>Akzeptieren</button></div>"
                + "<article><h1>" + title + "</h1><p>" + lead + "</p>"
                + "<p>Ein Sprecher sagte am Vormittag, die Lage sei unübersichtlich, man prüfe die Berichte sorgfältig "
                + "und werde später mehr sagen.</p>"
                + "<p>Beobachter erwarten in den kommenden Tagen weitere Entwicklungen und eine Erklärung der Regierung.</p>"
                + "</article>"
                + "<section class=\"comments\"><h2>Kommentare</h2><div class=\"comment\"><b>Mondblüemli</b>"
                + "<p>Das ist ja unglaublich, wer hätte das gedacht?</p><a>Melden</a></div></section>"
                + "<footer><a href=\"/impressum\">Impressum</a> <a href=\"/datenschutz\">Datenschutz</a></footer>"
                + "</body></html>";
    }

    private String rss(String... items) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Zeitung</title>"
                + "<link>" + base + "/</link><description>Nachrichten</description>" + String.join("", items)
                + "</channel></rss>";
    }

    private String item(String slug, String published, String version) {
        return "<item><title>" + slug + "</title><link>" + base + "/news/" + slug + "</link><guid>" + base + "/news/" + slug
                + "</guid><pubDate>" + java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                        Instant.parse(published).atZone(ZoneOffset.UTC)) + "</pubDate><description>" + slug + " " + version
                + "</description></item>";
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Recorded implements IngestListener {

        final List<Article> articles = new ArrayList<>();
        final List<Rejection> rejections = new ArrayList<>();

        @Override
        public synchronized void published(Article article) {
            articles.add(article);
        }

        @Override
        public synchronized void rejected(Rejection rejection) {
            rejections.add(rejection);
        }

        @Override
        public void warned(String input, String message) {}

        /** Each rejection as "input: reason", the reason cut at its first colon after the first word where it goes on. */
        synchronized List<String> rejectionsShort() {
            return rejections.stream().map(r -> r.input() + ": " + (r.reason().startsWith("not an RSS")
                    ? "not an RSS or Atom feed" : r.reason())).toList();
        }
    }
}
