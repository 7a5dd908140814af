package dev.newsflow.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;

/**
 * What a file's metadata says about its content: size and modification time. Two equal stamps
 * taken a while apart mean nobody wrote to the file in between.
 */
record FileStamp(long size, Instant modified) {

    /** A path whose metadata cannot be read (gone, a link loop); the reader says why when it is fed. */
    static final FileStamp UNREADABLE = new FileStamp(-1, Instant.EPOCH);

    static FileStamp of(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(attributes.size(), attributes.lastModifiedTime().toInstant());
        } catch (IOException e) {
            return UNREADABLE;
        }
    }
}
