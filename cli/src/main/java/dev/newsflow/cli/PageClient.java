package dev.newsflow.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One browser on the event stream of the watch page. The consumer only ever offers to its queue,
 * which is bounded: a browser that reads too slowly overflows it and is dropped (its EventSource
 * connects again and starts afresh), so that no browser can hold up the records or the memory.
 */
final class PageClient {

    /** An SSE comment: browsers ignore it, proxies see traffic. */
    static final String KEEP_ALIVE = ": keep-alive\n\n";
    private static final long SLICE_MILLIS = 500;

    private final BlockingQueue<String> frames;
    private volatile boolean closed;

    PageClient(int capacity) {
        frames = new ArrayBlockingQueue<>(capacity);
    }

    /** Queues a frame; false, and the client is closed, where its queue is full. */
    boolean offer(String frame) {
        if (closed || !frames.offer(frame)) {
            closed = true;
            return false;
        }
        return true;
    }

    void close() {
        closed = true;
    }

    boolean isClosed() {
        return closed;
    }

    /**
     * Writes the queued frames as they come, and a keep-alive comment when nothing came for a while,
     * until closed or the browser goes away (an IOException).
     */
    void serve(OutputStream out, Duration keepAlive) throws IOException, InterruptedException {
        long quietSince = System.nanoTime();
        while (!closed) {
            // short slices, so that a closed client or a stopping page is noticed within half a second
            String frame = frames.poll(SLICE_MILLIS, TimeUnit.MILLISECONDS);
            if (frame == null && System.nanoTime() - quietSince >= keepAlive.toNanos()) {
                frame = KEEP_ALIVE;
            }
            if (frame != null) {
                out.write(frame.getBytes(StandardCharsets.UTF_8));
                // the rest of a burst goes in the same write
                for (String next = frames.poll(); next != null; next = frames.poll()) {
                    out.write(next.getBytes(StandardCharsets.UTF_8));
                }
                out.flush();
                quietSince = System.nanoTime();
            }
        }
    }
}
