package dev.newsflow.sink;

import dev.newsflow.model.EnrichedArticle;
import java.nio.file.Path;
import java.util.List;

/**
 * Told about each file once it is durable and its offsets have been committed (or the commit failed,
 * in which case the file still stands and the sink resumes after it on restart). Called on the sink's
 * own thread; an exception thrown here stops the sink.
 */
@FunctionalInterface
public interface SinkListener {

    SinkListener NONE = (file, articles) -> {};

    /**
     * @param file     the file as written, under {@code OUT/<date>/}
     * @param articles its records, parsed, in file order; a line that is not an {@link EnrichedArticle}
     *                 is in the file but not in this list (the sink logs a warning naming it)
     */
    void onFileWritten(Path file, List<EnrichedArticle> articles);

    /** A poll returned this many records (at least one), buffered now and written in a later file. */
    default void onRead(int records) {}
}
