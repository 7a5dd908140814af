package dev.newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.broker.SharedBroker;
import dev.newsflow.model.Change;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'watch --web' in-process against a real broker: the page's files and its event stream, read as a browser would. */
class WatchPageTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern PAGE = Pattern.compile("Watch page on (http://\\S+)");
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldServeThePageFromTheJarAndNothingElse() throws Exception {
        try (BackgroundCommand watch = startWatch()) {
            URI page = pageOf(watch);

            HttpResponse<String> index = http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> script = http.send(HttpRequest.newBuilder(page.resolve("app.js")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> map = http.send(HttpRequest.newBuilder(page.resolve("map.svg")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> other = http.send(HttpRequest.newBuilder(page.resolve("dev/newsflow/cli/WatchPage.class")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(200, index.statusCode());
            assertTrue(index.body().contains("<script src=\"app.js\">"), index.body());
            assertEquals("text/javascript; charset=utf-8", script.headers().firstValue("Content-Type").orElse(""));
            assertEquals("image/svg+xml", map.headers().firstValue("Content-Type").orElse(""));
            assertTrue(map.body().contains("<path id=\"countries\"") && map.body().contains("Natural Earth"), "the outlines, attributed");
            assertEquals(404, other.statusCode());
        }
    }

    @Test
    void shouldStreamTheLatestOnTheTopicThenEachRecordAsItArrives() throws Exception {
        String before = "page-before-" + UUID.randomUUID();
        String after = "page-after-" + UUID.randomUUID();
        PageRecords.publish(PageRecords.article(before, "Schon da", Instant.now(), "koeln", "Köln", "LOC", before), Change.NEW);
        try (BackgroundCommand watch = startWatch()) {
            List<String> lines = new CopyOnWriteArrayList<>();
            HttpResponse<Stream<String>> events = http.send(HttpRequest.newBuilder(pageOf(watch).resolve("events")).build(),
                    HttpResponse.BodyHandlers.ofLines());
            Thread reader = new Thread(() -> events.body().forEach(lines::add), "page-events");
            reader.setDaemon(true);
            reader.start();

            assertEquals("text/event-stream; charset=utf-8", events.headers().firstValue("Content-Type").orElse(""));
            watch.await("the first window with " + before, () -> lines.stream().anyMatch(l -> l.contains(before)), WAIT);
            assertEquals("event: reset", lines.get(0));

            PageRecords.publish(PageRecords.article(after, "Neu dazu", Instant.now(), "bonn", "Bonn", "LOC", before), Change.NEW);
            PageRecords.publish(PageRecords.article(after, "Neu dazu, überarbeitet", Instant.now(), "bonn", "Bonn", "LOC", before),
                    Change.REVISED);
            PageRecords.takeDown(before);

            watch.await("the revision and the take-down", () -> lines.contains("data: {\"id\":\"" + before + "\"}"), WAIT);
            int revised = indexOf(lines, "data: {\"id\":\"" + after + "\",", "\"change\":\"revised\"");
            assertTrue(revised > 0 && lines.get(revised).contains("Neu dazu, überarbeitet"), String.join("\n", lines));
            assertEquals("event: article", lines.get(revised - 1));
            assertTrue(lines.get(revised).startsWith("data: {\"id\":\"" + after + "\",\"time\":\""), lines.get(revised));
            assertEquals("event: remove", lines.get(lines.indexOf("data: {\"id\":\"" + before + "\"}") - 1));
        }
    }

    @Test
    void shouldShowWhatTheOneProcessJobEnrichesOnItsPage(@TempDir Path in, @TempDir Path out) throws Exception {
        String source = "page-run-" + UUID.randomUUID() + ".txt";
        try (BackgroundCommand run = BackgroundCommand.start("run", in.toString(), "--out", out.toString(), "--watch",
                "--poll-interval", "200ms", "--no-tagging", "--web", "0", "--bootstrap-servers", SharedBroker.bootstrapServers())) {
            List<String> lines = new CopyOnWriteArrayList<>();
            HttpResponse<Stream<String>> events = http.send(HttpRequest.newBuilder(pageOf(run).resolve("events")).build(),
                    HttpResponse.BodyHandlers.ofLines());
            Thread reader = new Thread(() -> events.body().forEach(lines::add), "page-events");
            reader.setDaemon(true);
            reader.start();

            Files.writeString(in.resolve(source), "Eine Meldung aus dem Rathaus\n\nDer Rat tagt heute öffentlich.\n");

            run.await("the article on the page's event stream", () -> lines.stream().anyMatch(l -> l.contains(source)), WAIT);
            assertEquals("event: reset", lines.get(0));
        }
    }

    private static BackgroundCommand startWatch() {
        return BackgroundCommand.start("watch", "--web", "0", "--web-recent", "50",
                "--bootstrap-servers", SharedBroker.bootstrapServers());
    }

    /** The page's address, as the watch prints it. */
    static URI pageOf(BackgroundCommand watch) throws InterruptedException {
        watch.await("the page's address on stderr", () -> PAGE.matcher(watch.err()).find(), WAIT);
        Matcher matcher = PAGE.matcher(watch.err());
        matcher.find();
        return URI.create(matcher.group(1));
    }

    private static int indexOf(List<String> lines, String start, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start) && lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }
}
