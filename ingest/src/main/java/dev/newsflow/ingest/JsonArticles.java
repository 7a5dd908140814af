package dev.newsflow.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.model.Article;
import dev.newsflow.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A JSON object to an article. Fields read: {@code id}, {@code source} (else {@code url}),
 * {@code title}, {@code text} (required) and {@code publishedAt}; others are ignored.
 */
final class JsonArticles {

    static final String CONTENT_TYPE = "application/json";

    private static final int MAX_QUOTED = 60;

    private static final Pattern JACKSON_LOCATION = Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)\\]");


    private JsonArticles() {}

    /** Parses a .json file's content; errors name line and column. */
    static JsonNode parse(String json) throws BadInputException {
        return parse(json, false);
    }

    /** Parses one line of JSON lines; errors name the column (the caller names the line). */
    static JsonNode parseLine(String json) throws BadInputException {
        return parse(json, true);
    }

    /**
     * Jackson's read constraints (nesting depth, string length) throw a
     * {@link JsonProcessingException} too, so overly deep input becomes a bad input, not a crash.
     */
    private static JsonNode parse(String json, boolean singleLine) throws BadInputException {
        try (JsonParser parser = Json.MAPPER.createParser(json)) {
            JsonNode node = Json.MAPPER.readTree(parser);
            if (node == null || node.isMissingNode()) {
                throw new BadInputException("no JSON value");
            }
            // a second value is a mistake, not something to drop silently; asked of the parser,
            // not read from an exception's text, which changes between Jackson versions
            if (parser.nextToken() != null) {
                throw new BadInputException("more than one JSON value" + where(parser.currentTokenLocation(), singleLine)
                        + "; a .json file holds one article, .jsonl one per line");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new BadInputException("malformed JSON" + where(e.getLocation(), singleLine) + ": "
                    + inWords(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen: reading JSON from a string", e);
        }
    }

    static Article fromNode(JsonNode node, String defaultSource, Instant ingestedAt) throws BadInputException {
        if (!node.isObject()) {
            throw new BadInputException("expected a JSON object, found " + kindOf(node));
        }
        String text = requiredText(node);
        String source = firstPresent(optionalString(node, "source"), optionalString(node, "url"), defaultSource);
        String givenId = optionalString(node, "id");
        String id = givenId == null ? ArticleIds.fromSource(source) : ArticleIds.checked(givenId);
        String title = optionalString(node, "title");
        return new Article(id, source, title == null ? null : title.strip(), text, publishedAt(node), ingestedAt,
                CONTENT_TYPE);
    }

    private static String requiredText(JsonNode node) throws BadInputException {
        JsonNode text = node.get("text");
        if (text == null || text.isNull()) {
            throw new BadInputException("no 'text' field");
        }
        if (!text.isTextual()) {
            throw new BadInputException("field 'text' must be a string, found " + kindOf(text));
        }
        if (text.textValue().isBlank()) {
            throw new BadInputException("field 'text' is blank");
        }
        return text.textValue();
    }

    /** A string field, or null where it is absent, null or blank; any other type is an error. */
    private static String optionalString(JsonNode node, String field) throws BadInputException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new BadInputException("field '" + field + "' must be a string, found " + kindOf(value));
        }
        if (value.textValue().isBlank()) {
            if ("id".equals(field)) {
                throw new BadInputException("field 'id' is blank");
            }
            return null;
        }
        return value.textValue();
    }

    private static Instant publishedAt(JsonNode node) throws BadInputException {
        String value = optionalString(node, "publishedAt");
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeException notAnInstant) {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeException e) {
                throw new BadInputException("field 'publishedAt' is not an ISO-8601 instant or offset date-time: '"
                        + abbreviated(value) + "'");
            }
        }
    }

    private static String firstPresent(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String kindOf(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static String where(JsonLocation location, boolean singleLine) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        String column = "column " + location.getColumnNr();
        return singleLine ? " at " + column : " at line " + location.getLineNr() + ", " + column;
    }

    /** Jackson's message on one line, with its source locations (which name no source here) as plain positions. */
    private static String inWords(String message) {
        if (message == null) {
            return "unreadable";
        }
        String plain = JACKSON_LOCATION.matcher(message).replaceAll("line $1, column $2").replaceAll("\\s+", " ");
        return abbreviated(plain.strip(), 300);
    }

    private static String abbreviated(String value) {
        return abbreviated(value, MAX_QUOTED);
    }

    private static String abbreviated(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max) + "…";
    }
}
