package dev.newsflow.sink;

import static dev.newsflow.sink.TestRecords.filesUnder;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OffsetsOnDiskTest {

    @TempDir
    Path out;

    private void touch(String file) throws IOException {
        Path path = out.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, "{}\n");
    }

    @Test
    void shouldResumeEachPartitionAfterItsHighestFile() throws IOException {
        touch("2026-11-21/" + new SinkFileName(0, 0, 9).format());
        touch("2026-11-22/" + new SinkFileName(0, 10, 19).format());
        touch("2026-11-21/" + new SinkFileName(1, 0, 4).format());
        touch("2026-11-22/" + new SinkFileName(2, 100, 100).format());

        assertEquals(Map.of(0, 20L, 1, 5L, 2, 101L), new OffsetsOnDisk(out).nextOffsets());
    }

    @Test
    void shouldIgnoreForeignAndTemporaryFiles() throws IOException {
        touch("2026-11-22/" + new SinkFileName(0, 0, 9).format());
        touch("2026-11-22/" + new SinkFileName(0, 10, 19).tempFormat());
        touch("2026-11-22/notes.txt");
        touch("README.md");

        assertEquals(Map.of(0, 10L), new OffsetsOnDisk(out).nextOffsets());
    }

    @Test
    void shouldFindNothingInAMissingDirectory() {
        assertEquals(Map.of(), new OffsetsOnDisk(out.resolve("not-yet")).nextOffsets());
    }

    @Test
    void shouldRemoveStaleTemporaryFilesOfTheGivenPartitionsOnly() throws IOException {
        String ours = "2026-11-22/" + new SinkFileName(0, 10, 19).tempFormat();
        String others = "2026-11-22/" + new SinkFileName(1, 10, 19).tempFormat();
        String finished = "2026-11-22/" + new SinkFileName(0, 0, 9).format();
        touch(ours);
        touch(others);
        touch(finished);

        List<Path> removed = new OffsetsOnDisk(out).removeStaleTempFiles(List.of(0));

        assertEquals(List.of(out.resolve(ours)), removed);
        assertEquals(List.of(finished, others).stream().sorted().toList(), filesUnder(out));
    }
}
