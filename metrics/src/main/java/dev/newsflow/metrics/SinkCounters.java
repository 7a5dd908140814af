package dev.newsflow.metrics;

import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Topics;
import dev.newsflow.sink.SinkListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.BaseUnits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Counts what the sink reads and writes: records read, articles written, files and their bytes; then tells the next listener. */
final class SinkCounters implements SinkListener {

    private final Counter read;
    private final Counter written;
    private final Counter files;
    private final Counter bytes;
    private final SinkListener then;

    SinkCounters(MeterRegistry registry, SinkListener then) {
        this.then = then;
        read = ServiceMetrics.articlesRead(registry, Topics.ENRICHED.name());
        written = Counter.builder("newsflow.articles.written")
                .description("Enriched articles written to the sink's files").register(registry);
        files = Counter.builder("newsflow.sink.files")
                .description("Files the sink has written (durable, offsets committed)").register(registry);
        bytes = Counter.builder("newsflow.sink.bytes").baseUnit(BaseUnits.BYTES)
                .description("Bytes of the files the sink has written").register(registry);
    }

    @Override
    public void onFileWritten(Path file, List<EnrichedArticle> articles) {
        files.increment();
        written.increment(articles.size());
        bytes.increment(sizeOf(file));
        then.onFileWritten(file, articles);
    }

    @Override
    public void onRead(int records) {
        read.increment(records);
        then.onRead(records);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // moved away already by whoever collects the files; its records are counted
        }
    }
}
