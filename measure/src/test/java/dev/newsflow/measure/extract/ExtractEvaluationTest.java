package dev.newsflow.measure.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.enrich.Segmenter;
import dev.newsflow.ingest.html.WebPage;
import dev.newsflow.ingest.html.WebPageExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extractor on the committed sample of trafilatura's benchmark (31 pages, see the sample's README). */
class ExtractEvaluationTest {

    static final Path SAMPLE = Path.of("src/test/resources/extract-sample");
    /** Measured on the sample: F1 0.916 (docs/extraction.md); the floor leaves room for small changes only. */
    static final double F1_FLOOR = 0.88;

    @TempDir
    Path dir;

    @Test
    void shouldScoreTheSampleAboveTheFloor() {
        List<EvalPage> pages = EvalData.read(SAMPLE);

        ExtractEvaluation result = ExtractEvaluation.run(pages, (page, url) -> WebPageExtractor.extract(page, null).text(), null);

        assertEquals(31, pages.size());
        assertEquals(0, result.failures());
        assertTrue(result.counts().f1() >= F1_FLOOR, "F1 " + result.counts().f1());
        assertTrue(result.pagesPerSecond() > 0);
    }

    @Test
    void shouldDumpEachPagesTextAndCountAFailureAsAnEmptyText() throws Exception {
        List<EvalPage> pages = EvalData.read(SAMPLE).subList(0, 3);

        ExtractEvaluation result = ExtractEvaluation.run(pages, (page, url) -> {
            throw new IllegalStateException("kaputt");
        }, dir);

        assertEquals(3, result.failures());
        assertEquals(0, result.counts().truePositives());
        assertEquals("kaputt", result.pages().get(0).failure());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(3, files.filter(f -> f.toString().endsWith(".txt")).count());
        }
        assertEquals("", Files.readString(dir.resolve(pages.get(0).id() + ".txt")));
    }

    @Test
    void shouldNameEachPageByItsFileWithoutExtension() {
        EvalPage page = EvalData.read(SAMPLE).get(0);

        assertEquals(page.file().getFileName().toString(), page.id() + ".html.gz");
        assertTrue(page.url().startsWith("http") || page.url().startsWith("hard::"), page.url());
    }

    @Test
    void shouldGiveEnrichsSegmenterTheParagraphsTheExtractorFound() throws Exception {
        for (EvalPage evalPage : EvalData.read(SAMPLE).subList(0, 10)) {
            WebPage page = WebPageExtractor.extract(ExtractEvaluation.read(evalPage.file()), null);

            List<String> expected = page.paragraphs().stream()
                    .flatMap(p -> Segmenter.segment(p).stream())
                    .toList();
            assertEquals(expected, Segmenter.segment(page.text()), evalPage.url());
        }
    }
}
