package dev.newsflow.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsflow.enrich.roles.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Short plain-text articles as agencies and small producers send them: wire briefs that start
 * with their story (often after a dateline, "BERLIN (dpa) – "), with or without a headline line,
 * files of two lines. Each {@code NAME.txt} in {@code roles/plain-text} sits next to
 * {@code NAME.expected}: the record's title on its first line ({@code title: …}), then one role
 * per paragraph.
 */
class PlainTextRolesTest {

    private static final Path DIR = Path.of("src/test/resources/roles/plain-text");

    static Stream<String> articles() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("articles")
    void shouldTakeTheStoryForBodyAndAHeadlineLineForTitle(String name) throws IOException {
        List<String> paragraphs = Segmenter.segment(Files.readString(DIR.resolve(name + ".txt")));
        List<String> expected = Files.readAllLines(DIR.resolve(name + ".expected"));

        ArticleRoles roles = ArticleRoles.of(paragraphs, "text/plain", paragraphs.get(0), null);

        assertEquals(expected.get(0), "title: " + roles.title(), name);
        assertEquals(expected.subList(1, expected.size()), roles.roles().stream().map(Role::label).toList(), name);
    }
}
