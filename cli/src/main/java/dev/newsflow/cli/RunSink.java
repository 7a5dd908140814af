package dev.newsflow.cli;

import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.sink.EnrichedSink;
import dev.newsflow.sink.SinkConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/** The sink on a thread of its own, remembering the latest record of each article it has written. */
final class RunSink implements AutoCloseable {

    private final EnrichedSink sink;
    private final Thread thread;
    private final Map<String, EnrichedArticle> written = new ConcurrentHashMap<>();
    private final AtomicInteger files = new AtomicInteger();

    RunSink(SinkConfig config, Map<String, Object> client) {
        sink = new EnrichedSink(config, client, this::onFileWritten);
        thread = new Thread(sink, "sink");
        thread.start();
    }

    private void onFileWritten(Path file, List<EnrichedArticle> articles) {
        files.incrementAndGet();
        articles.forEach(article -> written.put(article.id(), article));
    }

    /** Writes what is buffered until every one of the ids is in a file. */
    void writeAll(Set<String> ids) throws InterruptedException, ExecutionException, TimeoutException {
        while (!written.keySet().containsAll(ids)) {
            if (!thread.isAlive()) {
                throw new IllegalStateException("the sink stopped before every article was written");
            }
            sink.flush().get(30, TimeUnit.SECONDS);
        }
    }

    Map<String, EnrichedArticle> written() {
        return written;
    }

    int files() {
        return files.get();
    }

    @Override
    public void close() throws InterruptedException {
        sink.close();
        thread.join();
    }
}
