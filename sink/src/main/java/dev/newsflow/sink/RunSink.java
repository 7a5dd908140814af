package dev.newsflow.sink;

import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Entity;
import dev.newsflow.sink.EnrichedSink;
import dev.newsflow.sink.SinkConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.Consumer;

/** The sink on a thread of its own, remembering a tally of the latest record of each article it has written. */
public final class RunSink implements AutoCloseable {

    private final EnrichedSink sink;
    private final Thread thread;
    private final Map<String, ArticleTally> writtenById = new ConcurrentHashMap<>();
    // an entity is named, as often, in many articles: each tally points at one instance of it
    // (only the sink's thread reads and writes this map)
    private final Map<Entity, Entity> entities = new HashMap<>();
    // which file write last held each id, numbered, so that a watch can wait for an article's new version
    private final Map<String, Long> writtenIn = new ConcurrentHashMap<>();
    private final AtomicLong writes = new AtomicLong();
    private final AtomicInteger files = new AtomicInteger();
    private final SinkListener written;

    /** @param written told of each file once it is durable, with the articles in it (on the sink's thread) */
    public RunSink(SinkConfig config, Map<String, Object> client, SinkListener written) {
        this(config, EnrichedSink.consumer(config, client), written);
    }

    /** @param consumer made by {@link EnrichedSink#consumer}; the sink owns and closes it */
    public RunSink(SinkConfig config, Consumer<String, byte[]> consumer, SinkListener written) {
        this.written = written;
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
        long write = writes.incrementAndGet();
        for (EnrichedArticle article : articles) {
            writtenById.put(article.id(), ArticleTally.of(article, e -> entities.computeIfAbsent(e, k -> k)));
            writtenIn.put(article.id(), write);
        }
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
        while (!ids.stream().allMatch(id -> writtenIn.getOrDefault(id, 0L) > mark)) {
            if (!thread.isAlive()) {
                throw new IllegalStateException("the sink stopped before every article was written");
            }
            sink.flush().get(30, TimeUnit.SECONDS);
        }
    }

    public Map<String, ArticleTally> written() {
        return writtenById;
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
