package dev.newsflow.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text: UTF-8 where the bytes are valid UTF-8, else Windows-1252, the usual encoding
 * of older German texts (it maps every byte, so the fallback never fails). A UTF-8 byte order
 * mark is dropped.
 */
final class TextDecoder {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * The decoded text; {@code firstBadByte} is the offset of the first byte that is not UTF-8,
     * or -1 where the text was UTF-8.
     */
    record Decoded(String text, long firstBadByte) {

        boolean isFallback() {
            return firstBadByte >= 0;
        }

        String warning() {
            return "not valid UTF-8 (first bad byte at offset " + firstBadByte + "), read as Windows-1252";
        }
    }

    private TextDecoder() {}

    static Decoded decode(byte[] bytes) {
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        // UTF-8 never gives more chars than bytes, so the buffer cannot overflow
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = utf8.decode(in, out, true);
        if (!result.isError()) {
            result = utf8.flush(out);
        }
        if (result.isError()) {
            return new Decoded(new String(bytes, start, bytes.length - start, WINDOWS_1252), in.position());
        }
        return new Decoded(out.flip().toString(), -1);
    }

    static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }
}
