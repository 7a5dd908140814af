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
 * of older German texts (it maps every byte, so the fallback never fails; Latin-1 text reads the
 * same, since the two differ only in 0x80 to 0x9F, which Latin-1 text does not use for letters).
 * A UTF-8 byte order mark is dropped.
 *
 * <p>One exception to the fallback: UTF-8 text that is valid up to an incomplete character at its
 * very end was cut short (a copy that stopped, a crawler's size cap). Reading all of it as
 * Windows-1252 would garble every umlaut before the cut, so it is read as UTF-8 and the incomplete
 * character is dropped, with a warning.
 */
final class TextDecoder {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * The decoded text. {@code firstBadByte} is the offset of the first byte that is not UTF-8, or
     * -1 where the text was UTF-8; {@code droppedAtEnd} counts the bytes of an incomplete UTF-8
     * character cut off at the end (0 where there was none).
     */
    record Decoded(String text, long firstBadByte, int droppedAtEnd) {

        static Decoded utf8(String text) {
            return new Decoded(text, -1, 0);
        }

        boolean isFallback() {
            return firstBadByte >= 0;
        }

        boolean isTruncated() {
            return droppedAtEnd > 0;
        }

        /** Whether the user should hear about how the bytes were read. */
        boolean needsWarning() {
            return isFallback() || isTruncated();
        }

        String warning() {
            if (isTruncated()) {
                return "ends inside a UTF-8 character (cut short?); the last " + droppedAtEnd
                        + (droppedAtEnd == 1 ? " byte was" : " bytes were") + " dropped";
            }
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
        // not the end of input yet: an incomplete character at the end is left in the buffer, not an error
        CoderResult result = utf8.decode(in, out, false);
        if (result.isError()) {
            return windows1252(bytes, start, in.position());
        }
        int incomplete = in.remaining();
        if (incomplete > 0 && !looksCutShort(out, incomplete)) {
            return windows1252(bytes, start, in.position());
        }
        String text = out.flip().toString();
        return incomplete > 0 ? new Decoded(text, -1, incomplete) : Decoded.utf8(text);
    }

    /**
     * A single lead byte at the end of otherwise plain ASCII may as well be a Latin-1 letter ("…ä"
     * at the end of a file without a final line end); it counts as cut short only where the text
     * before it has UTF-8 characters, or where two or more bytes of the character made it.
     */
    private static boolean looksCutShort(CharBuffer decodedSoFar, int incompleteBytes) {
        if (incompleteBytes >= 2) {
            return true;
        }
        for (int i = 0; i < decodedSoFar.position(); i++) {
            if (decodedSoFar.get(i) >= 0x80) {
                return true;
            }
        }
        return false;
    }

    private static Decoded windows1252(byte[] bytes, int start, int firstBadByte) {
        return new Decoded(new String(bytes, start, bytes.length - start, WINDOWS_1252), firstBadByte, 0);
    }

    static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }
}
