package dev.newsflow.ingest;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.model.Article;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input at volume: more than 500 generated bad files of every kind the issue names, mixed
 * with good ones in one folder tree, read in one go. No exception; every bad file is reported
 * exactly once, by name, with the reason of its kind; every good file is delivered with its text
 * as written; text in Windows-1252, Latin-1 and cut-short UTF-8 keeps its umlauts.
 *
 * <p>Two kinds need help from the test: a file that disappears between discovery and reading is
 * deleted when the reader announces what it found, and a file that becomes unreadable while being
 * read is opened through a {@link FileAccess} whose stream fails half-way. The tests run as root,
 * for whom {@code chmod 000} does not make a file unreadable, so permissions cannot do it.
 */
class BadInputVolumeTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T01:00:00Z"), ZoneOffset.UTC);
    private static final long MIB = 1024 * 1024;

    /** Each kind of input, with how many files of it are made and what reading one must report. */
    enum Kind {
        EMPTY(40, Outcome.REJECTED, "file is empty"),
        WHITESPACE(40, Outcome.REJECTED, "file is blank (white space only)"),
        BINARY(60, Outcome.REJECTED, "binary data ("),
        UTF16(20, Outcome.REJECTED, "UTF-16 text is not supported"),
        MALFORMED_JSON(100, Outcome.REJECTED, null), // "malformed JSON …" or "more than one JSON value …"
        DEEPLY_NESTED_JSON(20, Outcome.REJECTED, "malformed JSON"),
        WRONG_FIELD_TYPES(100, Outcome.REJECTED, null), // "field '…' …" or "no 'text' field"
        NOT_AN_OBJECT(20, Outcome.REJECTED, "expected a JSON object, found "),
        OVER_SIZE_LIMIT(4, Outcome.REJECTED, "file is "),
        GONE_BEFORE_READ(20, Outcome.REJECTED, "no such file"),
        FAILS_WHILE_READ(20, Outcome.REJECTED, "cannot read: Input/output error"),
        SYMLINK_LOOP(12, Outcome.REJECTED, "symbolic link loop"),
        BROKEN_SYMLINK(10, Outcome.REJECTED, "broken symbolic link"),
        WINDOWS_1252(40, Outcome.DELIVERED_WITH_WARNING, "not valid UTF-8 (first bad byte at offset "),
        LATIN_1(40, Outcome.DELIVERED_WITH_WARNING, "not valid UTF-8 (first bad byte at offset "),
        TRUNCATED_UTF8(40, Outcome.DELIVERED_WITH_WARNING, "ends inside a UTF-8 character (cut short?)"),
        VERY_LONG_LINE(4, Outcome.DELIVERED, null),
        GOOD(130, Outcome.DELIVERED, null);

        final int count;
        final Outcome outcome;
        final String reason;

        Kind(int count, Outcome outcome, String reason) {
            this.count = count;
            this.outcome = outcome;
            this.reason = reason;
        }

        boolean isBad() {
            return this != GOOD && this != VERY_LONG_LINE;
        }
    }

    enum Outcome { REJECTED, DELIVERED_WITH_WARNING, DELIVERED }

    /** One generated input: its path below the tree, its kind, and the article text it must give, if any. */
    record Input(String path, Kind kind, String text) {}

    @TempDir
    Path dir;

    private final Random random = new Random(20261122);
    private final List<Input> inputs = new ArrayList<>();
    private final Set<Path> goneBeforeRead = new HashSet<>();
    private final Set<Path> failWhileRead = new HashSet<>();
    private final List<Path> opened = new ArrayList<>();

    @Test
    void shouldReportEveryBadFileOnceWithItsReasonAndDeliverEveryGoodOne() throws IOException {
        Path tree = generate();
        Map<Path, FileTime> before = modificationTimes(tree);
        before.keySet().removeAll(goneBeforeRead);

        Recorder recorded = new Recorder(tree);
        ReadStats stats = reader().read(List.of(tree.toString()), new ByteArrayInputStream(new byte[0]),
                deletingGoneFilesOnceFound(recorded));

        Map<String, Input> byPath = inputs.stream().collect(Collectors.toMap(Input::path, Function.identity()));
        Map<String, List<String>> reasons = reportsByFile(recorded.rejections.stream()
                .map(r -> Map.entry(r.input(), r.reason())).toList());
        Map<String, List<String>> warnings = reportsByFile(recorded.warnings.stream()
                .map(w -> Map.entry(w.substring(0, w.indexOf(": ")), w.substring(w.indexOf(": ") + 2))).toList());
        Map<String, List<Article>> articles = recorded.articles.stream()
                .collect(Collectors.groupingBy(a -> a.source().replaceFirst("#\\d+$", "")));

        assertEquals(Set.of(), difference(reasons.keySet(), byPath.keySet()), "reports name generated files");
        assertEquals(Set.of(), difference(warnings.keySet(), byPath.keySet()), "warnings name generated files");
        for (Input input : inputs) {
            List<String> rejected = reasons.getOrDefault(input.path(), List.of());
            List<String> warned = warnings.getOrDefault(input.path(), List.of());
            List<Article> delivered = articles.getOrDefault(input.path(), List.of());
            switch (input.kind().outcome) {
                case REJECTED -> {
                    assertEquals(1, rejected.size(), () -> input + " reported " + rejected);
                    assertTrue(isReasonOf(input.kind(), rejected.get(0)), () -> input + ": " + rejected.get(0));
                    assertTrue(!rejected.get(0).contains("\n") && !rejected.get(0).contains("Exception"),
                            () -> "not one plain line: " + rejected.get(0));
                    assertEquals(List.of(), delivered, () -> input + " delivered");
                }
                case DELIVERED_WITH_WARNING -> {
                    assertEquals(List.of(), rejected, () -> input + " rejected");
                    assertEquals(1, warned.size(), () -> input + " warned " + warned);
                    assertTrue(warned.get(0).startsWith(input.kind().reason), () -> input + ": " + warned.get(0));
                    assertEquals(List.of(input.text()), delivered.stream().map(Article::text).toList(),
                            () -> input + ": umlauts intact");
                }
                case DELIVERED -> {
                    assertEquals(List.of(), rejected, () -> input + " rejected");
                    assertEquals(List.of(), warned, () -> input + " warned");
                    assertEquals(List.of(input.text()), delivered.stream().map(Article::text).toList(), input::toString);
                }
            }
        }
        Path huge = tree.resolve("huge/50mb.txt");
        assertEquals(List.of("file is " + 50 * MIB + " bytes, over the 4 MiB limit"), reasons.get("huge/50mb.txt"));
        assertFalse(opened.contains(huge), "a file over the limit is refused before it is opened");
        assertEquals(10, stats.skipped(), "other file types are passed over and counted");
        assertEquals(before, modificationTimes(tree), "no input file is changed, moved or deleted by the reader");

        printFigures(reasons, warnings, articles);
    }

    /** The reader used here: default 4 MiB limit, and a file access that fails some reads half-way. */
    private ArticleReader reader() {
        return new ArticleReader(CLOCK, ArticleReader.DEFAULT_MAX_FILE_BYTES, file -> {
            opened.add(file);
            InputStream in = Files.newInputStream(file);
            return failWhileRead.contains(file) ? new FailingAfter(in, 8) : in;
        });
    }

    /** Passes everything to the recorder; deletes the "gone" files between discovery and reading. */
    private ReadListener deletingGoneFilesOnceFound(Recorder recorder) {
        return new ReadListener() {
            @Override
            public void article(Article article) {
                recorder.article(article);
            }

            @Override
            public void rejected(Rejection rejection) {
                recorder.rejected(rejection);
            }

            @Override
            public void warned(String input, String message) {
                recorder.warned(input, message);
            }

            @Override
            public void found(int files) {
                goneBeforeRead.forEach(file -> {
                    try {
                        Files.delete(file);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        };
    }

    // ---- the generated tree ----

    private Path generate() throws IOException {
        Path tree = dir.resolve("in");
        for (Kind kind : Kind.values()) {
            for (int i = 0; i < kind.count; i++) {
                make(tree, kind, i);
            }
        }
        // passed over, not inputs: other types, hidden files, and a link back up, which is not followed
        for (int i = 0; i < 10; i++) {
            write(tree, "other/notes-" + i + (i % 2 == 0 ? ".md" : ".pdf"), "keine Meldung".getBytes(UTF_8));
        }
        write(tree, "other/.hidden.txt", new byte[0]);
        Files.createSymbolicLink(tree.resolve("other/up"), tree);
        return tree;
    }

    private void make(Path tree, Kind kind, int i) throws IOException {
        String name = kind.name().toLowerCase().replace('_', '-') + "/" + String.format("%03d", i);
        switch (kind) {
            case EMPTY -> bad(tree, name + ext(i), kind, new byte[0]);
            case WHITESPACE -> bad(tree, name + ".txt", kind, whitespace().getBytes(UTF_8));
            case BINARY -> bad(tree, name + ext(i), kind, binary(i));
            case UTF16 -> bad(tree, name + ".txt", kind, utf16(i));
            case MALFORMED_JSON -> bad(tree, name + (i % 4 == 1 ? ".jsonl" : ".json"), kind, malformedJson(i).getBytes(UTF_8));
            case DEEPLY_NESTED_JSON -> bad(tree, name + ".json", kind, deeplyNested(i).getBytes(UTF_8));
            case WRONG_FIELD_TYPES -> bad(tree, name + (i % 4 == 0 ? ".jsonl" : ".json"), kind, wrongTypes(i).getBytes(UTF_8));
            case NOT_AN_OBJECT -> bad(tree, name + ".json", kind, notAnObject(i).getBytes(UTF_8));
            case OVER_SIZE_LIMIT -> overLimit(tree, i);
            case GONE_BEFORE_READ -> goneBeforeRead.add(bad(tree, name + ".txt", kind, story(i).getBytes(UTF_8)));
            case FAILS_WHILE_READ -> failWhileRead.add(bad(tree, name + ".txt", kind, story(i).getBytes(UTF_8)));
            case SYMLINK_LOOP -> symlinkLoop(tree, name, i);
            case BROKEN_SYMLINK -> {
                Path link = tree.resolve(name + ".txt");
                Files.createDirectories(link.getParent());
                Files.createSymbolicLink(link, tree.resolve("nowhere/" + i + ".txt"));
                inputs.add(new Input(name + ".txt", kind, null));
            }
            case WINDOWS_1252 -> {
                String text = story(i) + " „Zitat“ – 5 € …";
                inputs.add(new Input(name + ".txt", kind, text));
                write(tree, name + ".txt", (text + "\r\n").getBytes(TextDecoder.WINDOWS_1252));
            }
            case LATIN_1 -> {
                String text = story(i) + " Preis: 5 £, 20 °C, ½ Liter";
                inputs.add(new Input(name + ".txt", kind, text));
                write(tree, name + ".txt", (text + "\n").getBytes(ISO_8859_1));
            }
            case TRUNCATED_UTF8 -> {
                String text = story(i) + "\nFortsetzung folgt über";
                byte[] cut = (text + "ä").getBytes(UTF_8);
                inputs.add(new Input(name + ".txt", kind, text));
                write(tree, name + ".txt", Arrays.copyOf(cut, cut.length - 1));
            }
            case VERY_LONG_LINE -> {
                // one line of 1 to 3 MiB: under the limit, so delivered as one paragraph
                String text = ("Ein sehr langer Satz über Käse und Brücken, ohne Zeilenende. ").repeat((int) ((i % 3 + 1) * MIB / 62));
                if (i % 2 == 0) {
                    inputs.add(new Input(name + ".txt", kind, text));
                    write(tree, name + ".txt", text.getBytes(UTF_8));
                } else {
                    inputs.add(new Input(name + ".json", kind, text));
                    write(tree, name + ".json", ("{\"text\": \"" + text + "\"}").getBytes(UTF_8));
                }
            }
            case GOOD -> good(tree, name, i);
        }
    }

    private void good(Path tree, String name, int i) throws IOException {
        String text = story(i);
        if (i % 5 == 3) {
            inputs.add(new Input(name + ".json", Kind.GOOD, text));
            write(tree, name + ".json", ("{\"title\": \"Meldung " + i + "\", \"text\": \"" + text.replace("\n", "\\n") + "\"}")
                    .getBytes(UTF_8));
        } else if (i % 5 == 4) {
            inputs.add(new Input(name + ".jsonl", Kind.GOOD, text));
            write(tree, name + ".jsonl", ("{\"text\": \"" + text.replace("\n", "\\n") + "\"}\n").getBytes(UTF_8));
        } else {
            inputs.add(new Input(name + ".txt", Kind.GOOD, text));
            write(tree, name + ".txt", (text + "\n").getBytes(UTF_8));
        }
    }

    private Path bad(Path tree, String path, Kind kind, byte[] content) throws IOException {
        inputs.add(new Input(path, kind, null));
        return write(tree, path, content);
    }

    private void overLimit(Path tree, int i) throws IOException {
        if (i == 0) {
            // the 50 MB text: real text, written in pieces, never held whole
            Path huge = tree.resolve("huge/50mb.txt");
            Files.createDirectories(huge.getParent());
            byte[] line = ("Größere Mengen Text über Äpfel und Öl, Zeile für Zeile.".repeat(18) + "\n").getBytes(UTF_8);
            byte[] block = new byte[(int) MIB];
            for (int at = 0; at < block.length; at += line.length) {
                System.arraycopy(line, 0, block, at, Math.min(line.length, block.length - at));
            }
            try (OutputStream out = Files.newOutputStream(huge)) {
                for (int mib = 0; mib < 50; mib++) {
                    out.write(block);
                }
            }
            inputs.add(new Input("huge/50mb.txt", Kind.OVER_SIZE_LIMIT, null));
            return;
        }
        byte[] content = "x".repeat((int) (4 * MIB) + i).getBytes(UTF_8);
        bad(tree, "over-size-limit/" + i + (i % 2 == 0 ? ".txt" : ".jsonl"), Kind.OVER_SIZE_LIMIT, content);
    }

    private void symlinkLoop(Path tree, String name, int i) throws IOException {
        Path link = tree.resolve(name + ".txt");
        Files.createDirectories(link.getParent());
        if (i % 2 == 0) {
            Files.createSymbolicLink(link, link.getFileName()); // a link to itself
        } else {
            // a pair: this one points at the previous one, which is made to point back here
            Path partner = tree.resolve(name.replaceFirst("\\d+$", String.format("%03d", i - 1)) + ".txt");
            Files.delete(partner);
            Files.createSymbolicLink(partner, link.getFileName());
            Files.createSymbolicLink(link, partner.getFileName());
        }
        inputs.add(new Input(name + ".txt", Kind.SYMLINK_LOOP, null));
    }

    // ---- content generators ----

    private static final String[] SENTENCES = {
        "Die Nato warnt vor dem Einsatz nordkoreanischer Soldaten.",
        "Südkorea beobachtet die Lage an der Grenze genau.",
        "Der Bürgermeister eröffnete die neue Brücke über die Öhle.",
        "Grüße aus Köln, wo es heute schneit.",
        "Die Ärztin äußerte sich zurückhaltend über die Maßnahmen.",
    };

    private String story(int i) {
        StringBuilder text = new StringBuilder("Meldung Nr. " + i + " über Äpfel");
        for (int s = 0; s < 3 + i % 4; s++) {
            text.append('\n').append(SENTENCES[(i + s) % SENTENCES.length]);
        }
        return text.toString();
    }

    private String whitespace() {
        String[] blanks = {" ", "\t", "\n", "\r\n", "\u000B", "\f", "\u2003"};
        StringBuilder text = new StringBuilder();
        for (int n = 1 + random.nextInt(200); n > 0; n--) {
            text.append(blanks[random.nextInt(blanks.length)]);
        }
        return text.toString();
    }

    private byte[] binary(int i) {
        byte[] bytes = new byte[16 + random.nextInt(4096)];
        switch (i % 3) {
            case 0 -> {
                random.nextBytes(bytes); // random bytes, with a NUL set below if none turned up
                bytes[0] = 'x'; // not by chance a UTF-16 byte order mark
            }
            case 1 -> {
                byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
                random.nextBytes(bytes);
                System.arraycopy(png, 0, bytes, 0, png.length);
            }
            default -> {
                // no NUL at all: control characters give it away
                for (int b = 0; b < bytes.length; b++) {
                    bytes[b] = (byte) (b % 2 == 0 ? 'a' + random.nextInt(26) : 1 + random.nextInt(8));
                }
                return bytes;
            }
        }
        bytes[bytes.length / 2] = 0;
        return bytes;
    }

    private static byte[] utf16(int i) {
        String text = "Grüße aus Köln\n";
        return switch (i % 3) {
            case 0 -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(UTF_16LE));
            case 1 -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(UTF_16BE));
            default -> text.getBytes(UTF_16LE); // no byte order mark: its NUL bytes give it away
        };
    }

    private String malformedJson(int i) {
        String good = "{\"title\": \"Über\", \"text\": \"Grüße aus Köln.\", \"publishedAt\": \"2024-10-21T08:30:00Z\"}";
        return switch (i % 8) {
            case 0 -> good.substring(0, 1 + random.nextInt(good.length() - 2)); // cut anywhere
            case 1 -> "{\"text\": \"a\",}";
            case 2 -> "{'text': 'einfache Anführungszeichen'}";
            case 3 -> "{text: \"ohne Anführungszeichen\"}";
            case 4 -> "{\"text\": \"a\"}\n{\"text\": \"b\"}"; // two values in a .json file
            case 5 -> "Kein JSON, sondern Text über Äpfel.";
            case 6 -> "{\"text\": \"offene Zeichenkette}";
            default -> "{\"text\": \"a\" \"title\": \"b\"}";
        };
    }

    private static String deeplyNested(int i) {
        int depth = 1001 + i * 5000;
        String open = i % 2 == 0 ? "[" : "{\"a\":";
        String close = i % 2 == 0 ? "]" : "}";
        return "{\"text\": \"a\", \"meta\": " + open.repeat(depth) + "1" + close.repeat(depth) + "}";
    }

    private static String wrongTypes(int i) {
        String[] values = {"42", "true", "[\"a\"]", "{\"de\": \"a\"}", "3.5"};
        String value = values[(i / 5) % values.length];
        return switch (i % 5) {
            case 0 -> "{\"text\": " + value + "}";
            case 1 -> "{\"text\": \"a\", \"title\": " + value + "}";
            case 2 -> "{\"text\": \"a\", \"id\": " + value + "}";
            case 3 -> "{\"text\": \"a\", \"publishedAt\": " + value + "}";
            default -> i % 2 == 0 ? "{\"title\": \"ohne Text\"}" : "{\"text\": \"a\", \"source\": " + value + "}";
        };
    }

    private static String notAnObject(int i) {
        return new String[] {"[{\"text\": \"a\"}]", "\"nur eine Zeichenkette\"", "42", "null", "true"}[i % 5];
    }

    private static String ext(int i) {
        return new String[] {".txt", ".json", ".jsonl"}[i % 3];
    }

    // ---- checks and figures ----

    private static boolean isReasonOf(Kind kind, String reason) {
        return switch (kind) {
            case MALFORMED_JSON -> reason.startsWith("malformed JSON") || reason.startsWith("more than one JSON value");
            case WRONG_FIELD_TYPES -> reason.matches("field '\\w+' must be a string, found \\w+") || reason.equals("no 'text' field");
            case EMPTY -> reason.equals("file is empty");
            case UTF16 -> reason.startsWith(kind.reason) || reason.startsWith("binary data (NUL byte at offset 1)");
            default -> reason.startsWith(kind.reason);
        };
    }

    /** Reports grouped by file, with a JSON line's ":line" cut off. */
    private static Map<String, List<String>> reportsByFile(List<Map.Entry<String, String>> reports) {
        Map<String, List<String>> byFile = new TreeMap<>();
        for (Map.Entry<String, String> report : reports) {
            byFile.computeIfAbsent(report.getKey().replaceFirst(":\\d+$", ""), k -> new ArrayList<>()).add(report.getValue());
        }
        return byFile;
    }

    private void printFigures(Map<String, List<String>> reasons, Map<String, List<String>> warnings,
                              Map<String, List<Article>> articles) {
        Map<Kind, int[]> figures = new EnumMap<>(Kind.class);
        for (Input input : inputs) {
            int[] f = figures.computeIfAbsent(input.kind(), k -> new int[3]);
            f[0]++;
            f[1] += reasons.getOrDefault(input.path(), List.of()).size() + warnings.getOrDefault(input.path(), List.of()).size();
            f[2] += articles.containsKey(input.path()) ? 1 : 0;
        }
        int bad = inputs.stream().filter(i -> i.kind().isBad()).mapToInt(i -> 1).sum();
        System.out.printf("bad input volume: %d bad files, %d good (%d of them with lines of 1-3 MiB)%n", bad,
                inputs.size() - bad, Kind.VERY_LONG_LINE.count);
        figures.forEach((kind, f) -> System.out.printf("  %-20s %4d files, %4d reported, %4d delivered%n",
                kind, f[0], f[1], f[2]));
    }

    private static Map<Path, FileTime> modificationTimes(Path tree) throws IOException {
        Map<Path, FileTime> times = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(tree)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                times.put(path, Files.getLastModifiedTime(path));
            }
        }
        return times;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> rest = new HashSet<>(a);
        rest.removeAll(b);
        return rest;
    }

    private static Path write(Path tree, String path, byte[] content) throws IOException {
        Path file = tree.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** A stream that gives a few bytes and then fails, as a disk or a network file system can. */
    private static final class FailingAfter extends FilterInputStream {

        private int left;

        FailingAfter(InputStream in, int bytes) {
            super(in);
            this.left = bytes;
        }

        @Override
        public int read() throws IOException {
            if (left-- <= 0) {
                throw new IOException("Input/output error");
            }
            return super.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                throw new IOException("Input/output error");
            }
            int n = super.read(b, off, Math.min(len, left));
            left -= Math.max(n, 0);
            return n;
        }
    }
}
