package dev.newsflow.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByteLinesTest {

    @Test
    void shouldSplitOnLineFeedAndDropCarriageReturn() throws IOException {
        assertEquals(List.of("a", "", "b", "c"), lines("a\r\n\nb\nc", 100));
    }

    @Test
    void shouldJoinLinesThatSpanBufferRefills() throws IOException {
        String long1 = "x".repeat(100_000);
        String long2 = "y".repeat(70_000);

        assertEquals(List.of(long1, long2), lines(long1 + "\n" + long2 + "\n", 200_000));
    }

    @Test
    void shouldMarkOverlongLineAndGoOnWithTheNext() throws IOException {
        ByteLines lines = new ByteLines(new ByteArrayInputStream(("x".repeat(100_000) + "\nok\n").getBytes(UTF_8)), 10);

        ByteLines.Line first = lines.next();
        ByteLines.Line second = lines.next();

        assertEquals(100_000, first.length());
        assertEquals(true, first.tooLong());
        assertEquals(2, second.number());
        assertEquals("ok", new String(second.bytes(), UTF_8));
        assertNull(lines.next());
        assertEquals(100_004, lines.bytesRead());
    }

    private static List<String> lines(String content, long max) throws IOException {
        ByteLines lines = new ByteLines(new ByteArrayInputStream(content.getBytes(UTF_8)), max);
        List<String> all = new ArrayList<>();
        for (ByteLines.Line line = lines.next(); line != null; line = lines.next()) {
            all.add(new String(line.bytes(), UTF_8));
        }
        return all;
    }
}
