package dev.newsflow.ingest;

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

    public IngestSummary {
        publishedIds = List.copyOf(publishedIds);
        rejections = List.copyOf(rejections);
    }
}
