package dev.newsflow.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.model.Article;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved web pages through the reader: found by extension, gzipped or not, bad ones reported with the file. */
class ArticleReaderHtmlTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T01:00:00Z"), ZoneOffset.UTC);
    private static final String CANONICAL = "https://www.elbtal-kurier.example/dresden/hochwasser-elbe-100.html";
    private static final String PAGE = "<html><head><title>Ratssitzung | Lokalblatt</title></head><body><main>"
            + "<p>Der Gemeinderat hat am Abend beschlossen, die alte Schule zu sanieren, für rund zwei Millionen Euro.</p>"
            + "<p>Baubeginn ist im Frühjahr, fertig soll alles bis zum Schuljahr 2026 sein, sagte der Bürgermeister.</p>"
            + "</main></body></html>";

    @TempDir
    Path dir;

    @Test
    void shouldReadSavedPagesWithTheirCanonicalUrlAsSource() throws IOException {
        write("in/artikel.html", artikel());

        Recorder recorded = read(dir.resolve("in"));

        assertEquals(List.of(), recorded.rejections);
        Article article = recorded.articles.get(0);
        assertEquals(CANONICAL, article.source());
        assertEquals(ArticleIds.fromSource(CANONICAL), article.id());
        assertEquals("Hochwasser an der Elbe: Dresden rüstet sich", article.title());
        assertEquals(Instant.parse("2024-09-17T06:30:00Z"), article.publishedAt());
        assertEquals("text/html", article.contentType());
        assertEquals(CLOCK.instant(), article.ingestedAt());
        assertTrue(article.text().startsWith("Hochwasser an der Elbe: Dresden rüstet sich\n\nDie Pegel steigen"), article.text());
    }

    @Test
    void shouldReadHtmHtmlAndGzippedPagesAndUseTheFileAsSourceWithoutACanonicalUrl() throws IOException {
        write("in/a.htm", PAGE.getBytes(UTF_8));
        write("in/b.HTML", PAGE.getBytes(UTF_8));
        write("in/c.html.gz", gzip(PAGE.getBytes(UTF_8)));
        write("in/d.htm.gz", gzip(PAGE.getBytes(UTF_8)));
        write("in/e.html.orig", PAGE.getBytes(UTF_8));

        Recorder recorded = read(dir.resolve("in"));

        assertEquals(List.of("a.htm", "b.HTML", "c.html.gz", "d.htm.gz"), recorded.sources());
        assertTrue(recorded.articles.stream().allMatch(a -> a.title().equals("Ratssitzung")
                && a.text().startsWith("Der Gemeinderat") && a.text().contains("\n\nBaubeginn")));
    }

    @Test
    void shouldReadAPageInItsDeclaredCharset() throws IOException {
        Charset windows1252 = Charset.forName("windows-1252");
        write("alt.html", ("<meta http-equiv=\"content-type\" content=\"text/html; charset=iso-8859-1\">" + PAGE).getBytes(windows1252));

        Recorder recorded = read(dir.resolve("alt.html"));

        assertTrue(recorded.articles.get(0).text().contains("Frühjahr, fertig soll alles"), recorded.articles.get(0).text());
        assertEquals(List.of(), recorded.warnings);
    }

    @Test
    void shouldReportBadPagesWithTheFileAndTheReason() throws IOException {
        write("in/empty.html", new byte[0]);
        write("in/binary.html", new byte[] {'<', 'p', '>', 0, 1, 2});
        write("in/nav.html", "<html><body><nav><a href=/>Start</a> <a href=/b>Impressum</a></nav></body></html>".getBytes(UTF_8));
        write("in/broken.html.gz", new byte[] {0x1F, (byte) 0x8B, 8, 0, 1, 2, 3});
        byte[] bomb = gzip(new byte[65 * 1024]);

        write("in/bomb.html.gz", bomb);
        Recorder recorded = new Recorder(dir);
        new ArticleReader(CLOCK, 64 * 1024).read(List.of(dir.resolve("in").toString()), noStdin(), recorded);

        assertEquals(List.of(
                new Rejection("in/binary.html", "binary data (NUL byte at offset 3), not a web page"),
                new Rejection("in/bomb.html.gz", "page unpacks to more than the 64 KiB limit"),
                new Rejection("in/broken.html.gz", "gzip data cut short"),
                new Rejection("in/empty.html", "file is empty"),
                new Rejection("in/nav.html", "no main text found in the page")),
                recorded.rejections);
        assertEquals(List.of(), recorded.articles);
    }

    @Test
    void shouldRefuseAPageOverTheSizeLimitByItsSize() throws IOException {
        write("big.html", ("<p>" + "x".repeat(100)).getBytes(UTF_8));

        Recorder recorded = new Recorder(dir);
        new ArticleReader(CLOCK, 64).read(List.of(dir.resolve("big.html").toString()), noStdin(), recorded);

        assertEquals(List.of(new Rejection("big.html", "file is 103 bytes, over the 64 bytes limit")), recorded.rejections);
    }

    @Test
    void shouldWarnWhereThePageNamesACharsetJavaDoesNotKnow() throws IOException {
        write("odd.html", ("<meta charset=x-unbekannt>" + PAGE).getBytes(UTF_8));

        Recorder recorded = read(dir.resolve("odd.html"));

        assertEquals(List.of("odd.html: unknown charset 'x-unbekannt' declared by the page, ignored; read as UTF-8"),
                recorded.warnings);
        assertNull(recorded.articles.get(0).publishedAt());
    }

    private Recorder read(Path input) {
        Recorder recorded = new Recorder(dir);
        new ArticleReader(CLOCK).read(List.of(input.toString()), noStdin(), recorded);
        return recorded;
    }

    private static byte[] artikel() throws IOException {
        try (InputStream in = ArticleReaderHtmlTest.class.getResourceAsStream("/html/artikel.html")) {
            return in.readAllBytes();
        }
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private static InputStream noStdin() {
        return new ByteArrayInputStream(new byte[0]);
    }
}
