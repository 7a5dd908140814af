package dev.newsflow.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How the reader opens a file. On disk it is {@link Files#newInputStream}; tests put faults in
 * between discovery and reading (a file deleted, a read that fails half-way), which is otherwise
 * hard to arrange: the tests run as root, and root reads a file whatever its permissions say.
 */
@FunctionalInterface
interface FileAccess {

    FileAccess DISK = Files::newInputStream;

    InputStream open(Path file) throws IOException;
}
