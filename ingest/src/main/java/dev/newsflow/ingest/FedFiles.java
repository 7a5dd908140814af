package dev.newsflow.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.newsflow.model.DurableFile;
import dev.newsflow.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a watch has fed, kept in a small JSON file so that a restart feeds only what is new or
 * changed: for each file (by absolute path) its size, modification time and SHA-256 when it was
 * fed. Rejected files are in it too, so that each is reported once, not at every poll.
 *
 * <p>The file lives in a state directory, never in an input folder, and is replaced atomically
 * (temporary file, fsync, rename), so a crash leaves the old state or the new one, not half of
 * one. A crash after the broker acknowledged a file's articles and before the save feeds that
 * file once more on restart; its articles keep their ids, so they replace themselves.
 */
public final class FedFiles {

    static final int SCHEMA = 1;

    /** One fed file; {@code sha256} is null where the content could not be read. */
    record Entry(long size, Instant modified, String sha256) {

        FileStamp stamp() {
            return new FileStamp(size, modified);
        }
    }

    /** The file's layout on disk. */
    record Saved(int schema, Map<String, Entry> files) {}

    private final Path file;
    private final Map<String, Entry> files;

    private FedFiles(Path file, Map<String, Entry> files) {
        this.file = file;
        this.files = new TreeMap<>(files);
    }

    /** The state in {@code file}, or an empty one where the file does not exist yet. */
    public static FedFiles load(Path file) {
        try {
            Saved saved = Json.MAPPER.readValue(Files.readAllBytes(file), Saved.class);
            if (saved == null || saved.schema() != SCHEMA || saved.files() == null) {
                throw new IllegalStateException("cannot read " + file + ": not a state file of this version; "
                        + "move it away to feed every file again");
            }
            return new FedFiles(file, saved.files());
        } catch (NoSuchFileException e) {
            return new FedFiles(file, Map.of());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getOriginalMessage()
                    + "; move it away to feed every file again", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + IoErrors.describe(e), e);
        }
    }

    public Path file() {
        return file;
    }

    Optional<Entry> get(String path) {
        return Optional.ofNullable(files.get(path));
    }

    void record(String path, FileStamp stamp, String sha256) {
        files.put(path, new Entry(stamp.size(), stamp.modified(), sha256));
    }

    /** Forgets files that are gone, so the state stays as large as the folders. */
    boolean keepOnly(Set<String> paths) {
        return files.keySet().retainAll(paths);
    }

    public int size() {
        return files.size();
    }

    /** Writes the state durably: a crash leaves this state or the one before, never half of one. */
    void save() {
        try {
            byte[] json = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(new Saved(SCHEMA, files));
            DurableFile.write(file, "." + file.getFileName() + ".tmp", List.of(json));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + IoErrors.describe(e), e);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + IoErrors.describe(e.getCause()), e.getCause());
        }
    }
}
