package dev.newsflow.enrich.entities;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.newsflow.enrich.Fingerprinter;
import dev.newsflow.model.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Canonical entities, looked up by any of their names, aliases, genitive forms and derived
 * adjectives. Ships as {@code knowledge-base.json}; a user's file adds entries, or replaces
 * those with the same id.
 */
public final class KnowledgeBase {

    static final String BUNDLED = "knowledge-base.json";
    private static final List<String> ADJECTIVE_ENDINGS = List.of("", "e", "en", "er", "es", "em");

    private final Map<String, KnownEntity> byName = new HashMap<>();
    private final Map<String, KnownEntity> byAdjective = new HashMap<>();
    private final int size;

    private KnowledgeBase(List<KnownEntity> entities) {
        Map<String, KnownEntity> byId = new HashMap<>();
        entities.forEach(e -> byId.put(e.id(), e));
        for (KnownEntity entity : byId.values()) {
            byName.put(key(entity.name()), entity);
            entity.aliases().forEach(alias -> byName.put(key(alias), entity));
            entity.adjectives().forEach(stem -> byAdjective.put(key(stem), entity));
        }
        this.size = byId.size();
    }

    /** The bundled knowledge base, plus the given user files in order (later entries win). */
    public static KnowledgeBase load(List<Path> userFiles) {
        List<KnownEntity> all = new ArrayList<>();
        try (InputStream bundled = KnowledgeBase.class.getResourceAsStream(BUNDLED)) {
            all.addAll(read(bundled));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled " + BUNDLED, e);
        }
        for (Path file : userFiles) {
            try (InputStream in = Files.newInputStream(file)) {
                all.addAll(read(in));
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read knowledge base " + file + ": " + e.getMessage(), e);
            }
        }
        return new KnowledgeBase(all);
    }

    public static KnowledgeBase of(List<KnownEntity> entities) {
        return new KnowledgeBase(entities);
    }

    private static List<KnownEntity> read(InputStream in) throws IOException {
        return Json.MAPPER.readValue(in, new TypeReference<List<KnownEntity>>() {});
    }

    public int size() {
        return size;
    }

    /** The entity a mention's text refers to: its name or an alias, a genitive, or a derived adjective. */
    public Optional<KnownEntity> lookup(String mention) {
        String key = key(mention);
        KnownEntity found = byName.get(key);
        if (found == null) {
            found = byName.get(withoutGenitive(key));
        }
        if (found == null) {
            found = adjective(key);
        }
        return Optional.ofNullable(found);
    }

    private KnownEntity adjective(String key) {
        for (String ending : ADJECTIVE_ENDINGS) {
            if (key.length() > ending.length() && key.endsWith(ending)) {
                KnownEntity entity = byAdjective.get(key.substring(0, key.length() - ending.length()));
                if (entity != null) {
                    return entity;
                }
            }
        }
        return null;
    }

    private static String withoutGenitive(String key) {
        if (key.endsWith("\"s")) {
            return key.substring(0, key.length() - 2);
        }
        return key.endsWith("s") ? key.substring(0, key.length() - 1) : key;
    }

    /** Case, dashes and hyphens, quotes and spacing do not distinguish names: "Kim Jong-un" = "Kim Jong Un". */
    static String key(String name) {
        return Fingerprinter.normalise(name).replace('-', ' ').replaceAll(" +", " ").strip();
    }
}
