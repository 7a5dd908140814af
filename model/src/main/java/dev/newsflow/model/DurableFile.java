package dev.newsflow.model;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a file so that it is either absent or complete, and on disk before the call returns:
 * temporary file in the target's directory, flush, fsync, atomic rename, fsync of the directory.
 * The sink commits a file's offsets only after this; a watch's state is saved this way too, so
 * that a crash never brings back an older state.
 */
public final class DurableFile {

    /** Where a test's fault may halt a write, as a crash would; {@link #NONE} in normal use. */
    public interface Faults {

        Faults NONE = new Faults() {};

        /** Whether {@link #midWrite} may halt: the lines written so far are flushed (not synced) first. */
        default boolean midWriteArmed() {
            return false;
        }

        /** Half the lines are in the temporary file, neither synced nor renamed. */
        default void midWrite(Path temp) {}

        /** The file is renamed and durable. */
        default void afterRename(Path target) {}
    }

    private static final Logger log = LoggerFactory.getLogger(DurableFile.class);
    private static final int NEWLINE = '\n';

    private DurableFile() {}

    /** Writes each line followed by {@code '\n'} to {@code target}, through {@code tempName} next to it. */
    public static void write(Path target, String tempName, List<byte[]> lines) {
        write(target, tempName, lines, Faults.NONE);
    }

    /** {@link #write(Path, String, List)}, halting where {@code faults} say. */
    public static void write(Path target, String tempName, List<byte[]> lines, Faults faults) {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = dir.resolve(tempName);
        try {
            createDirectory(dir);
            try (FileChannel channel = FileChannel.open(temp,
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                for (int i = 0; i < lines.size(); i++) {
                    if (i == lines.size() / 2 && faults.midWriteArmed()) {
                        out.flush(); // what a crash mid-write leaves: some of the lines, not synced
                        faults.midWrite(temp);
                    }
                    out.write(lines.get(i));
                    out.write(NEWLINE);
                }
                out.flush();
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            syncDirectory(dir);
            faults.afterRename(target);
        } catch (IOException e) {
            deleteQuietly(temp, e);
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static void createDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Files.createDirectories(dir);
        // the new directory's own entry must be durable too, or the file in it may vanish after a crash
        syncDirectory(dir.getParent());
    }

    /** Makes a rename or a new entry durable; possible on Linux and macOS, not on Windows. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            log.debug("Cannot fsync directory {} on this platform: {}", dir, e.toString());
        }
    }

    private static void deleteQuietly(Path temp, IOException cause) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
