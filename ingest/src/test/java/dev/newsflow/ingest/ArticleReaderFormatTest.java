package dev.newsflow.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.model.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Data-driven format tests: each case is an input file next to the records it must give. */
class ArticleReaderFormatTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T01:00:00.123456Z"), ZoneOffset.UTC);
    private static final Instant INGESTED = Instant.parse("2026-11-22T01:00:00.123Z");

    @TempDir
    Path dir;

    /** An input file and what reading it must give; reasons are matched by prefix. */
    record Case(String file, byte[] input, List<Article> articles, List<Rejection> rejections, List<String> warnings) {

        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Case> goodInputs() {
        return Stream.of(
                good("plain.txt", "Titel der Meldung\n\nErster Absatz.\nZweiter Absatz.\n",
                        txt("plain.txt", "Titel der Meldung", "Titel der Meldung\n\nErster Absatz.\nZweiter Absatz.")),
                good("leading-blank-lines.txt", "\n   \n  Überschrift  \nText.\n\n",
                        txt("leading-blank-lines.txt", "Überschrift", "\n   \n  Überschrift  \nText.\n")),
                good("no-final-newline.txt", "Nur eine Zeile",
                        txt("no-final-newline.txt", "Nur eine Zeile", "Nur eine Zeile")),
                good("crlf.txt", "Titel\r\n\r\nAbsatz eins.\r\nAbsatz zwei.\r\n",
                        txt("crlf.txt", "Titel", "Titel\r\n\r\nAbsatz eins.\r\nAbsatz zwei.")),
                new Case("bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Titel\nText\n".getBytes(UTF_8)),
                        List.of(txt("bom.txt", "Titel", "Titel\nText")), List.of(), List.of()),
                new Case("windows-1252.txt", concat("Gr".getBytes(UTF_8), new byte[] {(byte) 0xFC, (byte) 0xDF},
                                "e aus K".getBytes(UTF_8), new byte[] {(byte) 0xF6}, "ln\n".getBytes(UTF_8),
                                new byte[] {(byte) 0xE4, (byte) 0xF6, (byte) 0xFC, (byte) 0xDF, '\n'}),
                        List.of(txt("windows-1252.txt", "Grüße aus Köln", "Grüße aus Köln\näöüß")), List.of(),
                        List.of("windows-1252.txt: not valid UTF-8 (first bad byte at offset 2), read as Windows-1252")),
                new Case("latin-1.txt", "Über die Brücke\nSüße Grüße\n".getBytes(StandardCharsets.ISO_8859_1),
                        List.of(txt("latin-1.txt", "Über die Brücke", "Über die Brücke\nSüße Grüße")), List.of(),
                        List.of("latin-1.txt: not valid UTF-8 (first bad byte at offset 0), read as Windows-1252")),
                new Case("windows-1252-quotes.txt", "„Grüße“ – 5 €\n".getBytes(TextDecoder.WINDOWS_1252),
                        List.of(txt("windows-1252-quotes.txt", "„Grüße“ – 5 €", "„Grüße“ – 5 €")), List.of(),
                        List.of("windows-1252-quotes.txt: not valid UTF-8 (first bad byte at offset 0), read as Windows-1252")),
                new Case("truncated-utf8.txt", concat("Grüße aus Köln\nÄrger m".getBytes(UTF_8), new byte[] {(byte) 0xC3}),
                        List.of(txt("truncated-utf8.txt", "Grüße aus Köln", "Grüße aus Köln\nÄrger m")), List.of(),
                        List.of("truncated-utf8.txt: ends inside a UTF-8 character (cut short?); the last 1 byte was dropped")),
                new Case("truncated-utf8-3.txt", concat("Titel\n".getBytes(UTF_8), new byte[] {(byte) 0xE2, (byte) 0x80}),
                        List.of(txt("truncated-utf8-3.txt", "Titel", "Titel")), List.of(),
                        List.of("truncated-utf8-3.txt: ends inside a UTF-8 character (cut short?); the last 2 bytes were dropped")),
                new Case("latin-1-last-letter.txt", concat("Bl".getBytes(UTF_8), new byte[] {(byte) 0xE4}),
                        List.of(txt("latin-1-last-letter.txt", "Blä", "Blä")), List.of(),
                        List.of("latin-1-last-letter.txt: not valid UTF-8 (first bad byte at offset 2), read as Windows-1252")),
                good("full.json", """
                        {"id": "dpa:2024-10-21:0815", "url": "https://example.org/nato", "title": " Nato warnt ",
                         "text": "Nato warnt.\\n\\nZweiter Absatz.", "publishedAt": "2024-10-21T08:30:00+02:00",
                         "unknown": {"ignored": true}}
                        """,
                        new Article("dpa:2024-10-21:0815", "https://example.org/nato", "Nato warnt",
                                "Nato warnt.\n\nZweiter Absatz.", Instant.parse("2024-10-21T06:30:00Z"), INGESTED,
                                "application/json")),
                good("minimal.json", "{\"text\": \"Nur Text.\"}",
                        json("minimal.json", null, "Nur Text.", null)),
                good("source.json", "{\"source\": \"agentur/42\", \"url\": \"https://x\", \"title\": \"T\", "
                                + "\"text\": \"X\", \"publishedAt\": \"2024-10-21T06:30:00Z\", \"id\": null}",
                        json("agentur/42", "T", "X", Instant.parse("2024-10-21T06:30:00Z"))));
    }

    static Stream<Case> mixedInputs() {
        return Stream.of(
                new Case("feed.jsonl", """
                        {"title": "Eins", "text": "Erster."}
                        {"title": "Zwei", "text":

                        {"title": "Vier", "text": "Vierter."}
                        """.getBytes(UTF_8),
                        List.of(json("feed.jsonl#1", "Eins", "Erster.", null), json("feed.jsonl#4", "Vier", "Vierter.", null)),
                        List.of(new Rejection("feed.jsonl:2", "malformed JSON at column ")), List.of()),
                new Case("crlf.jsonl", "{\"text\": \"a\"}\r\n{\"text\": 1}\r\n".getBytes(UTF_8),
                        List.of(json("crlf.jsonl#1", null, "a", null)),
                        List.of(new Rejection("crlf.jsonl:2", "field 'text' must be a string, found number")), List.of()));
    }

    static Stream<Case> badInputs() {
        return Stream.of(
                bad("empty.txt", "", "file is empty"),
                bad("empty.json", "", "file is empty"),
                bad("only-bom.txt", "\uFEFF", "file is empty"),
                bad("blank.txt", " \n\t\r\n  \n", "file is blank (white space only)"),
                new Case("binary.txt", new byte[] {'a', 'b', 'c', 0, 'd'}, List.of(),
                        List.of(new Rejection("binary.txt", "binary data (NUL byte at offset 3)")), List.of()),
                bad("control.txt", "Titel\n\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000E\u000F", "binary data ("),
                new Case("utf16.txt", new byte[] {(byte) 0xFF, (byte) 0xFE, 'T', 0, 'x', 0}, List.of(),
                        List.of(new Rejection("utf16.txt", "UTF-16 text is not supported, convert it to UTF-8")), List.of()),
                bad("malformed.json", "{\"text\": \"a\",}", "malformed JSON at line 1, column "),
                bad("two-objects.json", "{\"text\": \"a\"}\n{\"text\": \"b\"}", "more than one JSON value at line 2, column 1; a .json file"),
                bad("deeply-nested.json", "[".repeat(5000) + "]".repeat(5000), "malformed JSON: Document nesting depth"),
                bad("array.json", "[{\"text\": \"a\"}]", "expected a JSON object, found array"),
                bad("no-text.json", "{\"title\": \"T\"}", "no 'text' field"),
                bad("null-text.json", "{\"text\": null}", "no 'text' field"),
                bad("number-text.json", "{\"text\": 42}", "field 'text' must be a string, found number"),
                bad("object-text.json", "{\"text\": {\"de\": \"a\"}}", "field 'text' must be a string, found object"),
                bad("blank-text.json", "{\"text\": \"  \\n \"}", "field 'text' is blank"),
                bad("array-title.json", "{\"text\": \"a\", \"title\": [\"T\"]}", "field 'title' must be a string, found array"),
                bad("number-id.json", "{\"text\": \"a\", \"id\": 7}", "field 'id' must be a string, found number"),
                bad("blank-id.json", "{\"text\": \"a\", \"id\": \" \"}", "field 'id' is blank"),
                bad("space-id.json", "{\"text\": \"a\", \"id\": \"a b\"}",
                        "field 'id' must be 1 to 200 characters of A-Z, a-z, 0-9, '.', '_', ':' or '-'"),
                bad("long-id.json", "{\"text\": \"a\", \"id\": \"" + "x".repeat(201) + "\"}", "field 'id' must be 1 to 200"),
                bad("bad-date.json", "{\"text\": \"a\", \"publishedAt\": \"gestern\"}",
                        "field 'publishedAt' is not an ISO-8601 instant or offset date-time: 'gestern'"),
                bad("local-date.json", "{\"text\": \"a\", \"publishedAt\": \"2024-10-21T08:30:00\"}",
                        "field 'publishedAt' is not an ISO-8601 instant"),
                bad("number-date.json", "{\"text\": \"a\", \"publishedAt\": 1729492200000}",
                        "field 'publishedAt' must be a string, found number"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"goodInputs", "mixedInputs", "badInputs"})
    void shouldReadEachInputIntoItsExpectedRecords(Case c) throws IOException {
        Path file = Files.write(dir.resolve(c.file()), c.input());
        Recorder recorded = read(file);

        assertEquals(c.articles(), recorded.articles);
        assertEquals(c.rejections().size(), recorded.rejections.size(), () -> "rejections: " + recorded.rejections);
        for (int i = 0; i < c.rejections().size(); i++) {
            Rejection expected = c.rejections().get(i);
            Rejection actual = recorded.rejections.get(i);
            assertEquals(expected.input(), actual.input());
            assertTrue(actual.reason().startsWith(expected.reason()), () -> "reason: " + actual.reason());
            assertTrue(!actual.reason().contains("\n") && !actual.reason().contains("Exception"),
                    () -> "not one plain line: " + actual.reason());
        }
        assertEquals(c.warnings(), recorded.warnings);
    }

    private Recorder read(Path file) {
        Recorder recorder = new Recorder(dir);
        new ArticleReader(CLOCK).read(List.of(file.toString()), new ByteArrayInputStream(new byte[0]), recorder);
        return recorder;
    }

    private static Case good(String file, String input, Article expected) {
        return new Case(file, input.getBytes(UTF_8), List.of(expected), List.of(), List.of());
    }

    private static Case bad(String file, String input, String reason) {
        return new Case(file, input.getBytes(UTF_8), List.of(), List.of(new Rejection(file, reason)), List.of());
    }

    static Article txt(String source, String title, String text) {
        return new Article(ArticleIds.fromSource(source), source, title, text, null, INGESTED, "text/plain");
    }

    static Article json(String source, String title, String text, Instant publishedAt) {
        return new Article(ArticleIds.fromSource(source), source, title, text, publishedAt, INGESTED, "application/json");
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
