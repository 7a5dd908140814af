package dev.newsflow.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into lines of bytes without holding more than one line, so JSON lines of any
 * total length can be piped in. A line longer than the limit is read past, not kept, and marked.
 */
final class ByteLines {

    /** One line without its line end; {@code length} counts all its bytes, kept or not. */
    record Line(int number, byte[] bytes, long length, boolean tooLong) {}

    private final InputStream in;
    private final long maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private int lineNumber;
    private long bytesRead;

    ByteLines(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long length = 0;
        boolean started = false;
        while (true) {
            if (position == limit && !fill()) {
                return started ? finish(line, length) : null;
            }
            started = true;
            int newline = indexOfNewline();
            int end = newline < 0 ? limit : newline;
            int count = end - position;
            if (length + count <= maxLineBytes) {
                line.write(buffer, position, count);
            }
            length += count;
            position = newline < 0 ? limit : newline + 1;
            if (newline >= 0) {
                return finish(line, length);
            }
        }
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer);
        position = 0;
        limit = Math.max(read, 0);
        bytesRead += limit;
        return read > 0;
    }

    /** All bytes taken from the stream so far, line ends included. */
    long bytesRead() {
        return bytesRead;
    }

    private int indexOfNewline() {
        for (int i = position; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private Line finish(ByteArrayOutputStream line, long length) {
        lineNumber++;
        boolean tooLong = length > maxLineBytes;
        byte[] bytes = tooLong ? new byte[0] : line.toByteArray();
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            bytes = Arrays.copyOf(bytes, bytes.length - 1);
        }
        return new Line(lineNumber, bytes, length, tooLong);
    }
}
