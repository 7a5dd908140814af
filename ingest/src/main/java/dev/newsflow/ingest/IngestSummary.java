package dev.newsflow.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of one ingest run. {@code publishedIds} are in reading order; {@code rejected}
 * counts bad inputs and failed sends alike, each one listed in {@code rejections}.
 */
public record IngestSummary(
        int filesRead,
        int published,
        int rejected,
        int skipped,
        long bytes,
        List<String> publishedIds,
        List<Rejection> rejections) {

    public static final IngestSummary EMPTY = new IngestSummary(0, 0, 0, 0, 0, List.of(), List.of());

    public IngestSummary {
        publishedIds = List.copyOf(publishedIds);
        rejections = List.copyOf(rejections);
    }

    /**
     * The counts alone, without the ids and rejections: what a watch adds up over its rounds, so
     * that what it holds does not grow with every article it feeds.
     */
    public IngestSummary counts() {
        return new IngestSummary(filesRead, published, rejected, skipped, bytes, List.of(), List.of());
    }

    /** This run and a later one together, as a watch sums up its rounds. */
    public IngestSummary plus(IngestSummary later) {
        List<String> ids = new ArrayList<>(publishedIds);
        ids.addAll(later.publishedIds);
        List<Rejection> all = new ArrayList<>(rejections);
        all.addAll(later.rejections);
        return new IngestSummary(filesRead + later.filesRead, published + later.published, rejected + later.rejected,
                skipped + later.skipped, bytes + later.bytes, ids, all);
    }
}
