package dev.newsflow.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.model.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T01:00:00Z"), ZoneOffset.UTC);
    private static final Path CORPUS = Path.of("..", "corpus");

    @TempDir
    Path dir;

    @Test
    void shouldWalkDirectoriesRecursivelyInSortedOrderLeavingHiddenOnesOut() throws IOException {
        write("news/b/2.txt", "Zwei\n");
        write("news/a.txt", "A\n");
        write("news/b/1.json", "{\"text\": \"Eins\"}");
        write("news/c.jsonl", "{\"text\": \"C\"}\n");
        write("news/.hidden.txt", "versteckt\n");
        write("news/.git/objects/x.txt", "versteckt\n");
        write("news/b/.cache/y.txt", "versteckt\n");
        write("news/notes.md", "keine Nachricht\n");
        write("news/b/image.png", "\u0000");

        Recorder recorded = new Recorder(dir);
        ReadStats stats = reader().read(List.of(dir.resolve("news").toString()), noStdin(), recorded);

        assertEquals(List.of("a.txt", "b/1.json", "b/2.txt", "c.jsonl#1"), recorded.sources());
        assertEquals(List.of(), recorded.rejections);
        assertEquals(new ReadStats(4, 2 + 16 + 5 + 14, 2), stats);
    }

    @Test
    void shouldRejectUnsupportedFileTypeNamedOnTheCommandLine() throws IOException {
        Path notes = write("notes.md", "Titel\nText\n");

        Recorder recorded = new Recorder(dir);
        ReadStats stats = reader().read(List.of(notes.toString()), noStdin(), recorded);

        assertEquals(List.of(new Rejection("notes.md", "unsupported file type, expected .txt, .json, .jsonl, .html or .htm (also .html.gz)")),
                recorded.rejections);
        assertEquals(List.of(), recorded.articles);
        assertEquals(new ReadStats(0, 0, 0), stats);
    }

    @Test
    void shouldRejectMissingPathAndGoOn() throws IOException {
        Path good = write("good.txt", "Titel\n");
        String missing = dir.resolve("missing.txt").toString();

        Recorder recorded = new Recorder(dir);
        reader().read(List.of(missing, good.toString()), noStdin(), recorded);

        assertEquals(List.of(new Rejection("missing.txt", "no such file or directory")), recorded.rejections);
        assertEquals(List.of("good.txt"), recorded.sources());
    }

    @Test
    void shouldRejectFileOverTheSizeLimit() throws IOException {
        write("in/small.txt", "x".repeat(64));
        write("in/large.txt", "x".repeat(65));

        Recorder recorded = new Recorder(dir);
        ReadStats stats = new ArticleReader(CLOCK, 64).read(List.of(dir.resolve("in").toString()), noStdin(), recorded);

        assertEquals(List.of(new Rejection("in/large.txt", "file is 65 bytes, over the 64 bytes limit")), recorded.rejections);
        assertEquals(List.of("small.txt"), recorded.sources());
        assertEquals(new ReadStats(1, 64, 0), stats);
    }

    @Test
    void shouldDefaultToFourMebibyteLimit() throws IOException {
        Path large = write("large.txt", "x".repeat(4 * 1024 * 1024 + 1));

        Recorder recorded = new Recorder(dir);
        reader().read(List.of(large.toString()), noStdin(), recorded);

        assertEquals(List.of(new Rejection("large.txt", "file is 4194305 bytes, over the 4 MiB limit")), recorded.rejections);
    }

    @Test
    void shouldRefuseASizeLimitThatCannotBeRead() {
        assertThrows(IllegalArgumentException.class, () -> new ArticleReader(CLOCK, 0));
    }

    @Test
    void shouldGiveCorpusFilesTheirNameAsSourceAndAStableId() throws IOException {
        Recorder viaDirectory = new Recorder(dir);
        reader().read(List.of(CORPUS.toString()), noStdin(), viaDirectory);
        Recorder viaFile = new Recorder(dir);
        reader().read(List.of(CORPUS.resolve("001_7b908f9f754766f3.txt").toString()), noStdin(), viaFile);

        assertEquals(List.of("000_c581dff1dc219dce.txt", "001_7b908f9f754766f3.txt", "002_aeb1d45ba569944f.txt",
                "003_b4d41754e5c68a6e.txt", "004_279e27fa4c338c08.txt"), viaDirectory.sources());
        Article article = viaDirectory.articles.get(1);
        // the first 16 hex characters of SHA-256("001_7b908f9f754766f3.txt")
        assertEquals("8ed177999c05afc1", article.id());
        assertEquals("Russland und Nordkorea: Nato warnt vor Einsatz nordkoreanischer Soldaten im Ukrainekrieg",
                article.title());
        String content = Files.readString(CORPUS.resolve("001_7b908f9f754766f3.txt"));
        assertEquals(content.stripTrailing(), article.text().stripTrailing());
        assertTrue(article.text().startsWith(article.title() + "\n"));
        assertEquals(List.of(article), viaFile.articles);
    }

    @Test
    void shouldGiveTheSameSourceTheSameIdAndOtherSourcesOtherIds() throws IOException {
        write("one/article.txt", "Gleicher Text\n");
        write("two/article.txt", "Anderer Text, gleiche Quelle\n");
        write("two/copy.txt", "Gleicher Text\n");

        Recorder first = new Recorder(dir);
        reader().read(List.of(dir.resolve("one").toString(), dir.resolve("two").toString()), noStdin(), first);
        Recorder again = new Recorder(dir);
        reader().read(List.of(dir.resolve("one").toString()), noStdin(), again);

        List<String> ids = first.articles.stream().map(Article::id).toList();
        assertEquals(ids.get(0), ids.get(1), "same source, same id");
        assertTrue(!ids.get(0).equals(ids.get(2)), "same text from another source, another id");
        assertEquals(ids.get(0), again.articles.get(0).id(), "same id on the next run");
    }

    @Test
    void shouldReadJsonLinesFromStdin() {
        String lines = """
                {"text": "Eins", "title": "1"}
                {"text": 2}

                {"text": "Vier", "url": "https://example.org/4"}
                """;

        Recorder recorded = new Recorder(dir);
        ReadStats stats = reader().read(List.of("-"), stdin(lines), recorded);

        assertEquals(List.of("stdin#1", "https://example.org/4"), recorded.sources());
        assertEquals(List.of(new Rejection("<stdin>:2", "field 'text' must be a string, found number")), recorded.rejections);
        assertEquals(new ReadStats(1, lines.getBytes(UTF_8).length, 0), stats);
    }

    @Test
    void shouldRejectStdinLineOverTheSizeLimitAndReadTheNext() {
        String lines = "{\"text\": \"" + "x".repeat(100) + "\"}\n{\"text\": \"kurz\"}\n";

        Recorder recorded = new Recorder(dir);
        new ArticleReader(CLOCK, 64).read(List.of("-"), stdin(lines), recorded);

        assertEquals(List.of(new Rejection("<stdin>:1", "line is 112 bytes, over the 64 bytes limit")), recorded.rejections);
        assertEquals(List.of("stdin#2"), recorded.sources());
    }

    @Test
    void shouldWarnAboutWindows1252OnStdinLine() {
        byte[] line = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xE4, '"', '}', '\n'};

        Recorder recorded = new Recorder(dir);
        reader().read(List.of("-"), new ByteArrayInputStream(line), recorded);

        assertEquals("ä", recorded.articles.get(0).text());
        assertEquals(List.of("<stdin>:1: not valid UTF-8 (first bad byte at offset 9), read as Windows-1252"),
                recorded.warnings);
    }

    @Test
    void shouldReadTheClockOncePerArticleToTheMillisecond() throws IOException {
        Path feed = write("feed.jsonl", "{\"text\": \"a\"}\n{\"text\": \"b\"}\n{\"text\": \"c\"}\n");
        Clock ticking = new SteppingClock(Instant.parse("2026-11-22T01:00:00.000900Z"), Duration.ofNanos(1_000_100));

        Recorder recorded = new Recorder(dir);
        new ArticleReader(ticking).read(List.of(feed.toString()), noStdin(), recorded);

        assertEquals(List.of(Instant.parse("2026-11-22T01:00:00.000Z"), Instant.parse("2026-11-22T01:00:00.001Z"),
                        Instant.parse("2026-11-22T01:00:00.002Z")),
                recorded.articles.stream().map(Article::ingestedAt).toList());
    }

    @Test
    void shouldNotFollowSymbolicLinkLoops() throws IOException {
        write("tree/a/story.txt", "Titel\n");
        Files.createSymbolicLink(dir.resolve("tree/a/loop"), dir.resolve("tree"));

        Recorder recorded = new Recorder(dir);
        reader().read(List.of(dir.resolve("tree").toString()), noStdin(), recorded);

        assertEquals(List.of("a/story.txt"), recorded.sources());
        assertEquals(List.of(), recorded.rejections);
    }

    @Test
    void shouldWalkADirectoryNamedThroughASymbolicLink() throws IOException {
        write("real/story.txt", "Titel\n");
        Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("real"));

        Recorder recorded = new Recorder(dir);
        reader().read(List.of(link.toString()), noStdin(), recorded);

        assertEquals(List.of("story.txt"), recorded.sources());
    }

    @Test
    void shouldReportBrokenSymbolicLink() throws IOException {
        Files.createDirectories(dir.resolve("links"));
        Files.createSymbolicLink(dir.resolve("links/gone.txt"), dir.resolve("nowhere.txt"));

        Recorder recorded = new Recorder(dir);
        reader().read(List.of(dir.resolve("links").toString()), noStdin(), recorded);

        assertEquals(List.of(new Rejection("links/gone.txt", "broken symbolic link")), recorded.rejections);
    }

    @Test
    void shouldLeaveEveryInputFileWhereItWasUnchanged() throws IOException {
        write("mixed/good.txt", "Titel\nText\n");
        write("mixed/empty.txt", "");
        write("mixed/binary.txt", "a\u0000b");
        write("mixed/bad.json", "{");
        write("mixed/feed.jsonl", "{\"text\": \"a\"}\n{\n");
        write("mixed/other.csv", "a,b\n");
        write("mixed/.hidden.txt", "x\n");
        Map<Path, byte[]> before = snapshot(dir.resolve("mixed"));

        Recorder recorded = new Recorder(dir);
        reader().read(List.of(dir.resolve("mixed").toString()), noStdin(), recorded);

        assertEquals(4, recorded.rejections.size(), () -> "rejections: " + recorded.rejections);
        Map<Path, byte[]> after = snapshot(dir.resolve("mixed"));
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertEquals(new String(bytes, UTF_8), new String(after.get(path), UTF_8)));
    }

    private ArticleReader reader() {
        return new ArticleReader(CLOCK);
    }

    private Path write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private static InputStream noStdin() {
        return new ByteArrayInputStream(new byte[0]);
    }

    private static InputStream stdin(String content) {
        return new ByteArrayInputStream(content.getBytes(UTF_8));
    }

    private static Map<Path, byte[]> snapshot(Path root) throws IOException {
        Map<Path, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(path, Files.readAllBytes(path));
            }
        }
        return files;
    }

    /** A clock that moves on by a fixed step each time it is read. */
    private static final class SteppingClock extends Clock {

        private Instant next;
        private final Duration step;

        SteppingClock(Instant start, Duration step) {
            this.next = start;
            this.step = step;
        }

        @Override
        public Instant instant() {
            Instant now = next;
            next = next.plus(step);
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
