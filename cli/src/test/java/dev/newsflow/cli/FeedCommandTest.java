package dev.newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Following a feed as a user does: 'run --feed URL --out DIR' against a web server on the loopback. */
class FeedCommandTest {

    @TempDir
    Path dir;

    private HttpServer server;
    private String base;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        respond("/feed.xml", "application/rss+xml", "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Zeitung</title><link>" + base + "/</link><description>N</description>"
                + "<item><title>Kursk</title><link>" + base + "/kursk.html</link><pubDate>Sat, 05 Dec 2026 06:00:00 GMT</pubDate></item>"
                + "</channel></rss>");
        respond("/kursk.html", "text/html; charset=utf-8", "<html><head><title>Neue Gefechte im Gebiet Kursk | Zeitung</title>"
                + "</head><body><nav><a href=\"/\">Startseite</a></nav><article><h1>Neue Gefechte im Gebiet Kursk</h1>"
                + "<p>Die ukrainische Armee meldet neue Gefechte im Gebiet Kursk, rund 40 Kilometer hinter der Grenze.</p>"
                + "<p>Ein Sprecher sagte am Vormittag, die Lage sei unübersichtlich, man prüfe die Berichte sorgfältig.</p>"
                + "</article><footer>Impressum</footer></body></html>");
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void runFollowsAFeedIntoFilesAndPublishesAnEntryOnceAcrossRuns() throws IOException {
        Path out = dir.resolve("out");

        CorpusReplay.Result first = CorpusReplay.run(List.of("run", "--feed", base + "/feed.xml", "--out", out.toString(),
                "--no-tagging"));

        assertEquals(0, first.exitCode(), first.err());
        String written = String.join("\n", CorpusReplay.lines(out).values().stream().flatMap(List::stream).toList());
        assertTrue(written.contains("rund 40 Kilometer hinter der Grenze"), written);
        assertTrue(written.contains("\"source\":\"" + base + "/kursk.html\""), written);
        assertFalse(written.contains("Startseite"), written);
        assertTrue(Files.exists(out.resolve(".newsflow").resolve(FeedOptions.FED_FEEDS)));

        CorpusReplay.Result second = CorpusReplay.run(List.of("run", "--feed", base + "/feed.xml", "--out", out.toString(),
                "--no-tagging"));

        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.out().contains("0 files and pages read, 0 rejected, 1 skipped"),
                "the entry was published by the first run, its page not fetched again: " + second.out());
    }

    @Test
    void aFeedThatIsNotAnHttpUrlOrNothingToReadIsAMistakeInTheCommand() {
        CorpusReplay.Result notHttp = CorpusReplay.run(List.of("ingest", "--feed", "ftp://example.org/feed.xml"));
        assertEquals(2, notHttp.exitCode(), notHttp.err());
        assertTrue(notHttp.err().startsWith("--feed ftp://example.org/feed.xml: not an http or https URL"), notHttp.err());

        CorpusReplay.Result nothing = CorpusReplay.run(List.of("ingest"));
        assertEquals(2, nothing.exitCode(), nothing.err());
        assertTrue(nothing.err().startsWith("nothing to read: give an INPUT or a --feed URL"), nothing.err());
    }

    private void respond(String path, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
    }
}
