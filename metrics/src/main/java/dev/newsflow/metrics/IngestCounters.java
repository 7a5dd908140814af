package dev.newsflow.metrics;

import dev.newsflow.ingest.IngestListener;
import dev.newsflow.ingest.Rejection;
import dev.newsflow.model.Article;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Counts what ingest reads, publishes and rejects; then tells the next listener (the console). */
final class IngestCounters implements IngestListener {

    private final Counter inputs;
    private final Counter published;
    private final Counter rejected;
    private final IngestListener then;

    IngestCounters(MeterRegistry registry, IngestListener then) {
        this.then = then;
        inputs = Counter.builder("newsflow.inputs.read")
                .description("Input files read by ingest (stdin counts as one)").register(registry);
        published = Counter.builder("newsflow.articles.published")
                .description("Articles published to newsflow.articles and acknowledged by the cluster").register(registry);
        rejected = Counter.builder("newsflow.inputs.rejected")
                .description("Inputs not published: bad files, bad lines of JSON lines, articles the cluster refused")
                .register(registry);
    }

    @Override
    public void published(Article article) {
        published.increment();
        then.published(article);
    }

    @Override
    public void rejected(Rejection rejection) {
        rejected.increment();
        then.rejected(rejection);
    }

    @Override
    public void warned(String input, String message) {
        then.warned(input, message);
    }

    @Override
    public void found(int files) {
        then.found(files);
    }

    @Override
    public void started(String input) {
        inputs.increment();
        then.started(input);
    }
}
