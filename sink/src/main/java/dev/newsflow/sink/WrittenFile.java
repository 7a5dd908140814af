package dev.newsflow.sink;

import java.nio.file.Path;
import java.util.List;

/** A file that is durable on disk but whose offsets may not be committed yet, with the records it holds. */
record WrittenFile(Path path, SinkFileName name, List<Line> lines) {

    WrittenFile {
        lines = List.copyOf(lines);
    }

    int partition() {
        return name.partition();
    }

    /** One record as written: its offset and the bytes of its line, without the {@code '\n'}. */
    record Line(long offset, byte[] bytes) {}
}
