package dev.newsflow.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The input formats, told apart by file extension (case-insensitive). */
enum Format {
    TXT(".txt"),
    JSON(".json"),
    JSONL(".jsonl"),
    /** Saved web pages, also gzipped. */
    HTML(".html", ".htm", ".html.gz", ".htm.gz");

    static final String EXPECTED = "unsupported file type, expected .txt, .json, .jsonl, .html or .htm (also .html.gz)";

    private final List<String> extensions;

    Format(String... extensions) {
        this.extensions = List.of(extensions);
    }

    static Optional<Format> of(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        for (Format format : values()) {
            for (String extension : format.extensions) {
                if (lower.endsWith(extension) && lower.length() > extension.length()) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }
}
