package dev.newsflow.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The input formats, told apart by file extension (case-insensitive). */
enum Format {
    TXT(".txt"),
    JSON(".json"),
    JSONL(".jsonl");

    static final String EXPECTED = "unsupported file type, expected .txt, .json or .jsonl";

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    static Optional<Format> of(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        for (Format format : values()) {
            if (lower.endsWith(format.extension) && lower.length() > format.extension.length()) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
