package dev.newsflow.sink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the files under {@code OUT} say has been written: per partition, the offset after the highest
 * file. These are the sink's real offsets; the committed ones can only lag behind them.
 */
public final class OffsetsOnDisk {

    private static final Logger log = LoggerFactory.getLogger(OffsetsOnDisk.class);

    // OUT/<date>/<file>: looking deeper would only cost time on a badly chosen OUT such as a home directory
    private static final int DEPTH = 2;

    private final Path outDir;

    public OffsetsOnDisk(Path outDir) {
        this.outDir = outDir;
    }

    /** Per partition, the offset after the last record in a finished file; empty where OUT has no files. */
    public Map<Integer, Long> nextOffsets() {
        Map<Integer, Long> next = new HashMap<>();
        for (SinkFileName name : namesOf(SinkFileName::parse).values()) {
            next.merge(name.partition(), name.nextOffset(), Math::max);
        }
        return next;
    }

    /**
     * Removes the temporary files of the given partitions. Such a file is our own output from a run
     * that stopped mid-write; its offsets were never committed, so its records are read and written again.
     */
    public List<Path> removeStaleTempFiles(Collection<Integer> partitions) {
        List<Path> removed = new ArrayList<>();
        namesOf(SinkFileName::parseTemp).forEach((path, name) -> {
            if (partitions.contains(name.partition())) {
                delete(path);
                removed.add(path);
            }
        });
        if (!removed.isEmpty()) {
            log.info("Removed {} temporary files left by a run that stopped mid-write; "
                    + "their records are written again: {}", removed.size(), removed);
        }
        return removed;
    }

    private Map<Path, SinkFileName> namesOf(Function<String, Optional<SinkFileName>> parser) {
        Map<Path, SinkFileName> names = new HashMap<>();
        if (!Files.isDirectory(outDir)) {
            return names;
        }
        try (Stream<Path> paths = Files.walk(outDir, DEPTH)) {
            paths.filter(Files::isRegularFile).forEach(path ->
                    parser.apply(path.getFileName().toString()).ifPresent(name -> names.put(path, name)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the files in " + outDir + ": " + e.getMessage(), e);
        }
        return names;
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the stale temporary file " + path + ": " + e.getMessage(), e);
        }
    }
}
