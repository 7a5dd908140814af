package dev.newsflow.sink;

import dev.newsflow.model.EnrichedArticle;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.Consumer;

/**
 * The sink on a thread of its own, remembering a tally of the latest record of each article it has
 * written. For a watch, which may run for months, the tallies of articles written longer ago than
 * they can be revised are folded into running totals: what it holds is bounded by the articles of
 * that window, not by all it ever wrote.
 */
public final class RunSink implements AutoCloseable {

    private final EnrichedSink sink;
    private final Thread thread;
    private final Clock clock;
    private final WrittenTallies tallies;
    private final AtomicLong writes = new AtomicLong();
    private final AtomicInteger files = new AtomicInteger();
    private final SinkListener written;

    /** @param written told of each file once it is durable, with the articles in it (on the sink's thread) */
    public RunSink(SinkConfig config, Map<String, Object> client, SinkListener written) {
        this(config, EnrichedSink.consumer(config, client), written);
    }

    /** @param consumer made by {@link EnrichedSink#consumer}; the sink owns and closes it */
    public RunSink(SinkConfig config, Consumer<String, byte[]> consumer, SinkListener written) {
        this(config, consumer, written, null, Clock.systemUTC());
    }

    /**
     * @param consumer made by {@link EnrichedSink#consumer}; the sink owns and closes it
     * @param keepFor how long after its last write an article's tally is kept on its own (its revision window),
     *     before it is folded into the totals; null to keep every tally (a run that ends)
     */
    public RunSink(SinkConfig config, Consumer<String, byte[]> consumer, SinkListener written,
                   Duration keepFor, Clock clock) {
        this.written = written;
        this.clock = clock;
        this.tallies = new WrittenTallies(keepFor);
        sink = new EnrichedSink(config, consumer, new SinkListener() {
            @Override
            public void onFileWritten(Path file, List<EnrichedArticle> articles) {
                RunSink.this.onFileWritten(file, articles);
            }

            @Override
            public void onRead(int records) {
                written.onRead(records);
            }
        });
        thread = new Thread(sink, "sink");
        thread.start();
    }

    private void onFileWritten(Path file, List<EnrichedArticle> articles) {
        files.incrementAndGet();
        tallies.written(articles, writes.incrementAndGet(), clock.millis());
        written.onFileWritten(file, articles);
    }

    /** True while the sink's thread polls and writes; false once it stopped, by {@link #close()} or by failure. */
    public boolean isRunning() {
        return sink.isRunning();
    }

    /** Writes what is buffered until every one of the ids is in a file. */
    public void writeAll(Set<String> ids) throws InterruptedException, ExecutionException, TimeoutException {
        writeAll(ids, 0);
    }

    /** The number of the latest file write; what is written after this call has a higher one. */
    public long mark() {
        return writes.get();
    }

    /** Writes what is buffered until every one of the ids is in a file written after the mark. */
    public void writeAll(Set<String> ids, long mark) throws InterruptedException, ExecutionException, TimeoutException {
        while (!ids.stream().allMatch(id -> tallies.writeOf(id) > mark)) {
            if (!thread.isAlive()) {
                throw new IllegalStateException("the sink stopped before every article was written");
            }
            sink.flush().get(30, TimeUnit.SECONDS);
        }
    }

    /** The latest tally of each article written and not yet folded into the totals. */
    public Map<String, ArticleTally> written() {
        return tallies.recent();
    }

    /** Every article written: the folded totals and the tallies held. */
    public TallyTotals totals() {
        return tallies.totals();
    }

    public int files() {
        return files.get();
    }

    @Override
    public void close() throws InterruptedException {
        sink.close();
        thread.join();
    }
}
