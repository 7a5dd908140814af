package dev.newsflow.ingest.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's schema.org article in JSON-LD ({@code <script type="application/ld+json">}), if it
 * has one: the first object of an article type, looked for in top-level objects, arrays and
 * {@code @graph}. Broken JSON-LD, which is common, is ignored.
 */
final class JsonLd {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportage", "analysisnewsarticle",
            "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "blogposting", "liveblogposting",
            "socialmediaposting", "techarticle", "scholarlyarticle", "report", "webpage", "creativework", "posting");

    private JsonLd() {}

    /** The page's article object; an article type wins over a plain WebPage. */
    static Optional<JsonNode> article(Document page) {
        List<JsonNode> candidates = new ArrayList<>();
        for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
            try {
                collect(MAPPER.readTree(script.data()), candidates, 0);
            } catch (JsonProcessingException e) {
                // broken JSON-LD is common and says nothing about the page: ignore it
            }
        }
        return candidates.stream().filter(node -> !isType(node, "webpage")).findFirst()
                .or(() -> candidates.stream().findFirst());
    }

    private static void collect(JsonNode node, List<JsonNode> found, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> collect(child, found, depth + 1));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (types(node).stream().anyMatch(ARTICLE_TYPES::contains)) {
            found.add(node);
        }
        collect(node.get("@graph"), found, depth + 1);
        collect(node.get("mainEntity"), found, depth + 1);
    }

    private static boolean isType(JsonNode node, String type) {
        return types(node).contains(type);
    }

    private static List<String> types(JsonNode node) {
        JsonNode type = node.get("@type");
        List<String> types = new ArrayList<>();
        if (type != null && type.isTextual()) {
            types.add(type.asText().toLowerCase(Locale.ROOT));
        } else if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText().toLowerCase(Locale.ROOT)));
        }
        return types;
    }

    /** A text field, or the {@code name} of an object field, or of the first in an array. */
    static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value != null && value.isArray()) {
            value = value.size() > 0 ? value.get(0) : null;
        }
        if (value != null && value.isObject()) {
            value = value.get("name");
        }
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(value.asText().strip());
    }

    /** Every name in a field that holds one or more persons (or plain strings). */
    static List<String> names(JsonNode node, String field) {
        JsonNode value = node.get(field);
        List<String> names = new ArrayList<>();
        if (value == null) {
            return names;
        }
        for (JsonNode item : value.isArray() ? value : List.of(value)) {
            JsonNode name = item.isObject() ? item.get("name") : item;
            if (name != null && name.isTextual() && !name.asText().isBlank()) {
                names.add(name.asText().strip());
            }
        }
        return names;
    }
}
