package dev.newsflow.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FedFilesTest {

    @TempDir
    Path dir;

    @Test
    void aSaveReplacesTheStateWholeAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("state/fed-files.json"); // its folder does not exist yet
        FedFiles first = FedFiles.load(file);
        first.record("/in/a.txt", new FileStamp(10, Instant.parse("2026-12-01T10:00:00Z")), "aa");
        first.save();
        FedFiles second = FedFiles.load(file);
        second.record("/in/b.txt", new FileStamp(20, Instant.parse("2026-12-01T11:00:00Z")), "bb");
        second.keepOnly(Set.of("/in/b.txt"));
        second.save();

        FedFiles read = FedFiles.load(file);
        assertEquals(1, read.size());
        assertFalse(read.get("/in/a.txt").isPresent());
        assertEquals("bb", read.get("/in/b.txt").orElseThrow().sha256());
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "only the state file, no temporary one");
        }
    }
}
