package dev.newsflow.measure.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code DIR/evaldata.json}, the annotations of trafilatura's extraction benchmark in the
 * form {@code { url: { "file": "pages/<id>.html.gz", "with": [...], "without": [...] } }}, with
 * page files relative to {@code DIR}. The scraped-text pages of the roles evaluation are read
 * with it too ({@code "file": "pages/<id>.txt"}).
 */
public final class EvalData {

    public static final String FILE_NAME = "evaldata.json";

    private EvalData() {}

    public static List<EvalPage> read(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            String why = e instanceof NoSuchFileException || !Files.exists(file) ? "no such file" : e.getMessage();
            throw new UncheckedIOException("cannot read " + file + ": " + why, e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(file + ": expected a JSON object of pages by URL");
        }
        List<EvalPage> pages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            JsonNode page = entry.getValue();
            String relative = page.path("file").asText("");
            if (relative.isEmpty()) {
                throw new IllegalArgumentException(file + ": page " + entry.getKey() + " names no file");
            }
            Path pageFile = dir.resolve(relative);
            pages.add(new EvalPage(entry.getKey(), idOf(pageFile), pageFile, strings(page.path("with")),
                    strings(page.path("without"))));
        }
        return pages;
    }

    /**
     * The file name without {@code .html.gz}, {@code .htm.gz}, {@code .html} or {@code .htm}, or
     * {@code .txt} (the same pages as a scraper's text).
     */
    static String idOf(Path file) {
        String name = file.getFileName().toString();
        for (String suffix : List.of(".html.gz", ".htm.gz", ".html", ".htm", ".txt")) {
            if (name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}
