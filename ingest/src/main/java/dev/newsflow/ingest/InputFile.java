package dev.newsflow.ingest;

import java.nio.file.Path;

/**
 * A file to read: where it is, the source name its articles get (which fixes their ids), and
 * its format.
 */
record InputFile(Path path, String source, Format format) {

    /** How the file is named in messages: the path as the user gave it plus what the walk added. */
    String display() {
        return path.toString();
    }
}
