package dev.newsflow.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.ingest.html.HtmlArticles;
import dev.newsflow.ingest.html.PageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads files, directories and stdin ({@value #STDIN}, JSON lines) into articles, reporting each
 * through a {@link ReadListener}. Knows nothing of Kafka, so it is tested without a broker.
 *
 * <p>Policy for bad input: report it with the file (and line) and the reason, leave the file
 * where it is, go on with the rest. Nothing is ever deleted, moved or written.
 */
public final class ArticleReader {

    private static final Logger log = LoggerFactory.getLogger(ArticleReader.class);

    /** The argument that means JSON lines on stdin. */
    public static final String STDIN = "-";

    public static final long DEFAULT_MAX_FILE_BYTES = 4L * 1024 * 1024;

    /** How stdin is named in messages, and the source prefix of its lines. */
    static final String STDIN_NAME = "<stdin>";
    static final String STDIN_SOURCE = "stdin";

    // a Java array holds a little less than Integer.MAX_VALUE bytes
    private static final long MAX_LIMIT = Integer.MAX_VALUE - 16;

    private final Clock clock;
    private final long maxFileBytes;
    private final FileAccess files;

    public ArticleReader(Clock clock) {
        this(clock, DEFAULT_MAX_FILE_BYTES);
    }

    /** @param maxFileBytes the largest file (or stdin line) read; larger ones are bad input */
    public ArticleReader(Clock clock, long maxFileBytes) {
        this(clock, maxFileBytes, FileAccess.DISK);
    }

    ArticleReader(Clock clock, long maxFileBytes, FileAccess files) {
        if (maxFileBytes < 1 || maxFileBytes > MAX_LIMIT) {
            throw new IllegalArgumentException("size limit must be 1 to " + MAX_LIMIT + " bytes, not " + maxFileBytes);
        }
        this.clock = clock;
        this.maxFileBytes = maxFileBytes;
        this.files = files;
    }

    /**
     * Reads every input in the order given: a file, a directory (recursively, in sorted order),
     * or {@value #STDIN} for JSON lines from {@code stdin}. All inputs are looked up first, so the
     * listener hears how many files there are before the first is read.
     */
    public ReadStats read(List<String> inputs, InputStream stdin, ReadListener listener) {
        Tally tally = new Tally();
        List<InputFinder.Found> found = new ArrayList<>();
        int count = 0;
        for (String input : inputs) {
            InputFinder.Found files = STDIN.equals(input)
                    ? InputFinder.Found.NONE
                    : InputFinder.find(input, rejection -> reject(listener, rejection));
            found.add(files);
            tally.skipped += files.skipped();
            count += STDIN.equals(input) ? 1 : files.files().size();
        }
        listener.found(count);
        for (int i = 0; i < inputs.size(); i++) {
            if (STDIN.equals(inputs.get(i))) {
                listener.started(STDIN_NAME);
                readStdin(stdin, listener, tally);
                continue;
            }
            for (InputFile file : found.get(i).files()) {
                readFile(file, listener, tally);
            }
        }
        return tally.stats();
    }

    /** Reads the given files, as found by {@link InputFinder}; what a watch does at each poll. */
    ReadStats readFiles(List<InputFile> inputFiles, ReadListener listener) {
        Tally tally = new Tally();
        listener.found(inputFiles.size());
        for (InputFile file : inputFiles) {
            readFile(file, listener, tally);
        }
        return tally.stats();
    }

    private void readFile(InputFile file, ReadListener listener, Tally tally) {
        listener.started(file.display());
        byte[] bytes;
        try {
            bytes = readBounded(file.path());
        } catch (BadInputException e) {
            reject(listener, new Rejection(file.display(), e.getMessage()));
            return;
        } catch (IOException e) {
            reject(listener, new Rejection(file.display(), "cannot read: " + IoErrors.describe(e)));
            return;
        }
        tally.read(bytes.length);
        log.debug("Read {} ({} bytes) as {}", file.display(), bytes.length, file.format());
        if (file.format() == Format.HTML) {
            readPage(file, bytes, listener);
            return;
        }
        try {
            String text = checkedText(file.display(), bytes, listener);
            switch (file.format()) {
                case TXT -> listener.article(TextArticles.fromText(file.source(), text, now()));
                case JSON -> listener.article(JsonArticles.fromNode(JsonArticles.parse(text), file.source(), now()));
                case JSONL -> readJsonLines(file, text, listener);
            }
        } catch (BadInputException e) {
            reject(listener, new Rejection(file.display(), e.getMessage()));
        }
    }

    /** A web page: its own charset rules and its main text, not the whole file (docs/extraction.md). */
    private void readPage(InputFile file, byte[] bytes, ReadListener listener) {
        try {
            HtmlArticles.Read page = HtmlArticles.fromBytes(file.source(), bytes, maxFileBytes, now());
            if (page.warning() != null) {
                listener.warned(file.display(), page.warning());
            }
            listener.article(page.article());
        } catch (PageException e) {
            reject(listener, new Rejection(file.display(), e.getMessage()));
        }
    }

    /** Checks the size before opening, so a file over the limit is never read into memory. */
    private byte[] readBounded(Path path) throws IOException, BadInputException {
        if (!Files.isRegularFile(path)) {
            throw new BadInputException(whyNotRegular(path));
        }
        long size = Files.size(path);
        if (size > maxFileBytes) {
            throw new BadInputException(tooLarge("file", size));
        }
        try (InputStream in = files.open(path)) {
            byte[] bytes = in.readNBytes((int) maxFileBytes + 1);
            if (bytes.length > maxFileBytes) {
                // it grew after it was measured
                throw new BadInputException(tooLarge("file", bytes.length));
            }
            return bytes;
        }
    }

    private static String checkedText(String input, byte[] bytes, ReadListener listener) throws BadInputException {
        ContentCheck.checkBytes(bytes);
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        ContentCheck.checkText(decoded.text());
        if (decoded.needsWarning()) {
            listener.warned(input, decoded.warning());
        }
        return decoded.text();
    }

    private void readJsonLines(InputFile file, String text, ReadListener listener) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            readJsonLine(file.display(), file.source(), i + 1, lines.get(i), listener);
        }
    }

    private void readStdin(InputStream stdin, ReadListener listener, Tally tally) {
        ByteLines lines = new ByteLines(stdin, maxFileBytes);
        try {
            for (ByteLines.Line line = lines.next(); line != null; line = lines.next()) {
                readStdinLine(line, listener);
            }
        } catch (IOException e) {
            reject(listener, new Rejection(STDIN_NAME, "cannot read: " + IoErrors.describe(e)));
        }
        tally.read(lines.bytesRead());
    }

    private void readStdinLine(ByteLines.Line line, ReadListener listener) {
        String input = STDIN_NAME + ":" + line.number();
        if (line.tooLong()) {
            reject(listener, new Rejection(input, tooLarge("line", line.length())));
            return;
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(line.bytes());
        if (decoded.needsWarning() && !decoded.text().isBlank()) {
            listener.warned(input, decoded.warning());
        }
        readJsonLine(STDIN_NAME, STDIN_SOURCE, line.number(), decoded.text(), listener);
    }

    /** One line of JSON lines; its default source is {@code <source>#<line number>}. */
    private void readJsonLine(String input, String source, int number, String line, ReadListener listener) {
        if (line.isBlank()) {
            return;
        }
        try {
            JsonNode node = JsonArticles.parseLine(line);
            listener.article(JsonArticles.fromNode(node, source + "#" + number, now()));
        } catch (BadInputException e) {
            reject(listener, new Rejection(input + ":" + number, e.getMessage()));
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static void reject(ReadListener listener, Rejection rejection) {
        log.debug("Rejected {}: {}", rejection.input(), rejection.reason());
        listener.rejected(rejection);
    }

    private static String whyNotRegular(Path path) {
        if (Files.exists(path)) {
            return "not a regular file";
        }
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return "no such file";
        }
        try {
            path.toRealPath();
            return "broken symbolic link";
        } catch (FileSystemLoopException e) {
            return "symbolic link loop";
        } catch (IOException e) {
            // Linux reports a loop as ELOOP, "Too many levels of symbolic links", without a type of its own
            return isLoop(e) ? "symbolic link loop" : "broken symbolic link";
        }
    }

    private static boolean isLoop(IOException e) {
        return e instanceof FileSystemException fse && fse.getReason() != null
                && fse.getReason().toLowerCase(Locale.ROOT).contains("levels of symbolic links");
    }

    private String tooLarge(String what, long size) {
        return what + " is " + size + " bytes, over the " + limitInWords() + " limit";
    }

    private String limitInWords() {
        if (maxFileBytes % (1024 * 1024) == 0) {
            return maxFileBytes / (1024 * 1024) + " MiB";
        }
        return maxFileBytes % 1024 == 0 ? maxFileBytes / 1024 + " KiB" : maxFileBytes + " bytes";
    }

    /** Counts for one {@link #read} call. */
    private static final class Tally {

        private int filesRead;
        private long bytes;
        private int skipped;

        void read(long byteCount) {
            filesRead++;
            bytes += byteCount;
        }

        ReadStats stats() {
            return new ReadStats(filesRead, bytes, skipped);
        }
    }
}
