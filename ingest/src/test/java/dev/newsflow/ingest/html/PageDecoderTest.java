package dev.newsflow.ingest.html;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.ingest.html.PageDecoder.CharsetSource;
import dev.newsflow.ingest.html.PageDecoder.Decoded;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageDecoderTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String UMLAUTE = "Grüße aus Köln – „Straße“";

    @Test
    void shouldTakeTheCharsetOfTheHttpHeaderFirst() throws Exception {
        byte[] page = ("<meta charset=utf-8><p>" + UMLAUTE).getBytes(WINDOWS_1252);

        Decoded decoded = PageDecoder.decode(page, "text/html; charset=windows-1252");

        assertEquals(CharsetSource.HTTP_HEADER, decoded.source());
        assertTrue(decoded.html().endsWith(UMLAUTE));
    }

    @Test
    void shouldReadHeadersSavedInFrontOfThePage() throws Exception {
        byte[] page = concat("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\n\r\n".getBytes(ISO_8859_1),
                ("<p>" + "Grüße").getBytes(ISO_8859_1));

        Decoded decoded = PageDecoder.decode(page, null);

        assertEquals("<p>Grüße", decoded.html());
        assertEquals(CharsetSource.HTTP_HEADER, decoded.source());
        assertEquals(WINDOWS_1252, decoded.charset(), "ISO-8859-1 is read as Windows-1252, as browsers do");
    }

    @Test
    void shouldTakeAByteOrderMarkBeforeTheDeclaration() throws Exception {
        byte[] page = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                ("<meta charset=iso-8859-1><p>" + UMLAUTE).getBytes(UTF_8));

        Decoded decoded = PageDecoder.decode(page, null);

        assertEquals(CharsetSource.BYTE_ORDER_MARK, decoded.source());
        assertEquals("<meta charset=iso-8859-1><p>" + UMLAUTE, decoded.html());
    }

    @Test
    void shouldReadUtf16WithItsByteOrderMark() throws Exception {
        byte[] page = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, ("<p>" + UMLAUTE).getBytes(StandardCharsets.UTF_16LE));

        assertEquals("<p>" + UMLAUTE, PageDecoder.decode(page, null).html());
    }

    @Test
    void shouldTakeTheMetaDeclarationOfThePage() throws Exception {
        byte[] meta = ("<html><head><meta charset=\"windows-1252\"></head><p>" + UMLAUTE).getBytes(WINDOWS_1252);
        byte[] httpEquiv = ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>" + "Grüße")
                .getBytes(ISO_8859_1);
        byte[] xml = ("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><html><p>" + "Grüße").getBytes(Charset.forName("ISO-8859-15"));

        assertTrue(PageDecoder.decode(meta, null).html().endsWith(UMLAUTE));
        assertEquals(CharsetSource.DECLARED, PageDecoder.decode(meta, null).source());
        assertTrue(PageDecoder.decode(httpEquiv, null).html().endsWith("Grüße"));
        assertTrue(PageDecoder.decode(xml, null).html().endsWith("Grüße"));
    }

    @Test
    void shouldDetectUtf8OrElseWindows1252WhereNothingIsDeclared() throws Exception {
        Decoded utf8 = PageDecoder.decode(("<p>" + UMLAUTE).getBytes(UTF_8), null);
        Decoded windows = PageDecoder.decode(("<p>" + UMLAUTE).getBytes(WINDOWS_1252), null);

        assertEquals(UTF_8, utf8.charset());
        assertEquals(CharsetSource.DETECTED, utf8.source());
        assertEquals("<p>" + UMLAUTE, windows.html());
        assertEquals(WINDOWS_1252, windows.charset());
        assertNull(windows.warning());
    }

    @Test
    void shouldIgnoreAnUnknownCharsetWithAWarning() throws Exception {
        Decoded decoded = PageDecoder.decode(("<meta charset=klingon-8><p>" + UMLAUTE).getBytes(UTF_8), null);

        assertEquals(UTF_8, decoded.charset());
        assertEquals("unknown charset 'klingon-8' declared by the page, ignored; read as UTF-8", decoded.warning());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
