package dev.newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class PageClientTest {

    @Test
    void shouldCloseAClientWhoseQueueOverflowsRatherThanWait() {
        PageClient client = new PageClient(2);

        assertTrue(client.offer("one"));
        assertTrue(client.offer("two"));
        assertFalse(client.offer("three"));

        assertTrue(client.isClosed());
    }

    @Test
    void shouldWriteTheQueuedFramesThenKeepAliveCommentsWhileQuiet() throws Exception {
        PageClient client = new PageClient(10);
        client.offer("event: article\ndata: {}\n\n");
        ByteArrayOutputStream written = new ByteArrayOutputStream(); // its writes and reads are synchronized
        CompletableFuture<Void> serving = CompletableFuture.runAsync(() -> {
            try {
                client.serve(written, Duration.ofMillis(100));
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        // the keep-alive is due after 100 ms of quiet; the slices are half a second: well within 3 s
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (!text(written).contains(PageClient.KEEP_ALIVE) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        client.close();
        serving.get();

        assertTrue(text(written).startsWith("event: article\ndata: {}\n\n" + PageClient.KEEP_ALIVE), text(written));
        assertEquals(0, text(written).replace("event: article\ndata: {}\n\n", "").replace(PageClient.KEEP_ALIVE, "").length());
    }

    private static String text(ByteArrayOutputStream written) {
        return written.toString(StandardCharsets.UTF_8);
    }
}
