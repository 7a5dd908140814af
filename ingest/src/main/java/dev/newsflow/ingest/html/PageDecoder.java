package dev.newsflow.ingest.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's bytes to text. The charset is taken, in this order, from the HTTP header
 * ({@code Content-Type: text/html; charset=...}, given by the caller or saved at the top of the
 * file, as {@code wget --save-headers} and {@code curl -i} do), a byte order mark, the page's own
 * declaration ({@code <meta charset>}, {@code <meta http-equiv="Content-Type">} or an XML
 * declaration, looked for in the first 4 KiB as browsers do), or else detected: UTF-8 where the
 * bytes are valid UTF-8, Windows-1252 otherwise.
 *
 * <p>As in browsers (the WHATWG encoding standard), a page that declares ISO-8859-1 or ASCII is
 * read as Windows-1252, of which both are subsets in practice, and a declared charset that Java
 * does not know is ignored in favour of detection, with a warning.
 */
final class PageDecoder {

    /** Where the charset came from. */
    enum CharsetSource { HTTP_HEADER, BYTE_ORDER_MARK, DECLARED, DETECTED }

    /**
     * The decoded page. {@code warning} is null unless the user should hear about how the page
     * was read (an unknown charset, bytes that do not fit the declared one).
     */
    record Decoded(String html, Charset charset, CharsetSource source, String warning) {}

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final int PRESCAN_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET = Pattern.compile(
            "charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern STATUS_LINE = Pattern.compile("^HTTP/\\d(\\.\\d)? \\d{3}");

    private PageDecoder() {}

    /**
     * @param contentType the HTTP {@code Content-Type} the page came with, or null; a header saved
     *     at the top of the file is used where none is given
     */
    static Decoded decode(byte[] bytes, String contentType) throws PageException {
        int start = 0;
        String header = contentType;
        Optional<SavedHeaders> saved = SavedHeaders.of(bytes);
        if (saved.isPresent()) {
            start = saved.get().bodyStart();
            header = header != null ? header : saved.get().contentType();
        }
        String warning = null;
        Optional<String> fromHeader = header == null ? Optional.empty() : charsetIn(HEADER_CHARSET, header);
        if (fromHeader.isPresent()) {
            Optional<Charset> charset = forName(fromHeader.get());
            if (charset.isPresent()) {
                return decoded(bytes, start + bomLength(bytes, start, charset.get()), charset.get(), CharsetSource.HTTP_HEADER);
            }
            warning = "unknown charset '" + fromHeader.get() + "' in the HTTP header, ignored";
        }
        Optional<Charset> bom = byteOrderMark(bytes, start);
        if (bom.isPresent()) {
            return decoded(bytes, start + bomLength(bytes, start, bom.get()), bom.get(), CharsetSource.BYTE_ORDER_MARK);
        }
        String head = new String(bytes, start, Math.min(PRESCAN_BYTES, bytes.length - start), StandardCharsets.ISO_8859_1);
        Optional<String> declared = charsetIn(META_CHARSET, head).or(() -> charsetIn(XML_ENCODING, head));
        if (declared.isPresent()) {
            Optional<Charset> charset = forName(declared.get());
            // a page cannot declare UTF-16 in ASCII bytes: that declaration is a mistake, browsers ignore it
            if (charset.isPresent() && !charset.get().name().startsWith("UTF-16")) {
                return decoded(bytes, start, charset.get(), CharsetSource.DECLARED);
            }
            if (charset.isEmpty()) {
                warning = "unknown charset '" + declared.get() + "' declared by the page, ignored";
            }
        }
        Decoded detected = isUtf8(bytes, start)
                ? decoded(bytes, start, StandardCharsets.UTF_8, CharsetSource.DETECTED)
                : decoded(bytes, start, WINDOWS_1252, CharsetSource.DETECTED);
        return warning == null ? detected
                : new Decoded(detected.html(), detected.charset(), detected.source(),
                        warning + "; read as " + detected.charset().name());
    }

    private static Decoded decoded(byte[] bytes, int start, Charset charset, CharsetSource source) throws PageException {
        // malformed bytes become U+FFFD, as in a browser: one bad byte does not lose the page
        String html = new String(bytes, start, bytes.length - start, charset);
        if (html.isBlank()) {
            throw new PageException(start > 0 ? "no page after the HTTP headers" : "file is blank (white space only)");
        }
        return new Decoded(html, charset, source, null);
    }

    /** The charset a page names, mapped as browsers map it; empty where Java does not know it. */
    static Optional<Charset> forName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("iso-8859-1") || lower.equals("latin1") || lower.equals("latin-1") || lower.equals("l1")
                || lower.equals("us-ascii") || lower.equals("ascii") || lower.equals("iso8859-1") || lower.equals("iso_8859-1")
                || lower.equals("cp1252")) {
            return Optional.of(WINDOWS_1252);
        }
        if (lower.equals("utf8") || lower.equals("unicode-1-1-utf-8")) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> charsetIn(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Optional<Charset> byteOrderMark(byte[] bytes, int start) {
        int b0 = at(bytes, start);
        int b1 = at(bytes, start + 1);
        int b2 = at(bytes, start + 2);
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    /** The length of a byte order mark of the given charset at {@code start}, 0 where there is none. */
    private static int bomLength(byte[] bytes, int start, Charset charset) {
        Optional<Charset> bom = byteOrderMark(bytes, start);
        if (bom.isEmpty() || !bom.get().equals(charset)) {
            return 0;
        }
        return charset.equals(StandardCharsets.UTF_8) ? 3 : 2;
    }

    private static int at(byte[] bytes, int i) {
        return i < bytes.length ? bytes[i] & 0xFF : -1;
    }

    static boolean isUtf8(byte[] bytes, int start) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** HTTP response headers saved in front of the page; where the page starts and its Content-Type. */
    record SavedHeaders(int bodyStart, String contentType) {

        private static final int MAX_HEADER_BYTES = 64 * 1024;

        static Optional<SavedHeaders> of(byte[] bytes) {
            String head = new String(bytes, 0, Math.min(MAX_HEADER_BYTES, bytes.length), StandardCharsets.ISO_8859_1);
            if (!STATUS_LINE.matcher(head).lookingAt()) {
                return Optional.empty();
            }
            String contentType = null;
            int lineStart = 0;
            while (lineStart < head.length()) {
                int lineEnd = head.indexOf('\n', lineStart);
                if (lineEnd < 0) {
                    return Optional.empty();
                }
                String line = head.substring(lineStart, lineEnd).strip();
                lineStart = lineEnd + 1;
                if (line.isEmpty()) {
                    // a redirect saved with its target: the next block is another status line and headers
                    Optional<SavedHeaders> next = lineStart < head.length() && STATUS_LINE.matcher(head.substring(lineStart)).lookingAt()
                            ? of(Arrays.copyOfRange(bytes, lineStart, bytes.length)) : Optional.empty();
                    if (next.isPresent()) {
                        return Optional.of(new SavedHeaders(lineStart + next.get().bodyStart(), next.get().contentType()));
                    }
                    return Optional.of(new SavedHeaders(lineStart, contentType));
                }
                if (line.regionMatches(true, 0, "content-type:", 0, 13)) {
                    contentType = line.substring(13).strip();
                }
            }
            return Optional.empty();
        }
    }
}
