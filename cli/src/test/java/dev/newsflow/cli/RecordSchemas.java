package dev.newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The JSON Schemas of the records, as published in docs/schema/, and checks of JSON text against
 * them (JSON Schema 2020-12, formats asserted: an instant must be an RFC 3339 date-time).
 */
final class RecordSchemas {

    static final Path DIR = Path.of("../docs/schema");
    static final Path ARTICLE_FILE = DIR.resolve("article.schema.json");
    static final Path ENRICHED_FILE = DIR.resolve("enriched-article.schema.json");
    static final Path UNCHANGED_FILE = DIR.resolve("unchanged-article.schema.json");

    static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            registry -> registry.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    static final RecordSchemas ARTICLE = new RecordSchemas(ARTICLE_FILE);
    static final RecordSchemas ENRICHED_ARTICLE = new RecordSchemas(ENRICHED_FILE);
    static final RecordSchemas UNCHANGED_ARTICLE = new RecordSchemas(UNCHANGED_FILE);

    private final Path file;
    private final Schema schema;

    private RecordSchemas(Path file) {
        this.file = file;
        this.schema = REGISTRY.getSchema(read(file), InputFormat.JSON);
    }

    /** What is wrong with the record, one line per problem; empty where it matches. */
    List<String> problems(String json) {
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    /** Fails, naming the record and every problem, unless the record matches. */
    void assertMatches(String json, String what) {
        List<String> problems = problems(json);
        assertEquals(List.of(), problems, () -> what + " does not match " + file + ": " + abbreviated(json));
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviated(String json) {
        return json.length() <= 2000 ? json : json.substring(0, 2000) + "…";
    }
}
