package dev.newsflow.enrich.entities;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.newsflow.enrich.Fingerprinter;
import dev.newsflow.model.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Canonical entities, looked up by any of their names, aliases, genitive forms, inhabitants' names
 * and derived adjectives. Ships as {@code knowledge-base.json}, its places with their points from
 * {@code place-points.tsv}; a user's file adds entries, or replaces those with the same id (an entry
 * gives its own {@code lat} and {@code lon}, or has no point).
 */
public final class KnowledgeBase {

    static final String BUNDLED = "knowledge-base.json";
    private static final Set<String> TYPES = Set.of(EntityTypes.PER, EntityTypes.LOC, EntityTypes.ORG, EntityTypes.MISC);
    /** Longest first, so that "russischen" is tried as russisch+en before russische+n. */
    private static final List<String> ADJECTIVE_ENDINGS = List.of("en", "er", "es", "em", "e", "");
    /** Prefixes that make a new adjective from a place's one: exilrussisch, innerkoreanisch, prorussisch. */
    private static final List<String> ADJECTIVE_PREFIXES = List.of(
            "exil", "inner", "pro", "anti", "pan", "gesamt", "alt", "neu", "ur", "sowjet",
            "nordost", "nordwest", "südost", "südwest", "nord", "süd", "ost", "west", "zentral", "mittel");

    private final Map<String, KnownEntity> byId;
    private final Map<String, KnownEntity> byName = new HashMap<>();
    private final Map<String, KnownEntity> byInhabitant = new HashMap<>();
    private final Map<String, KnownEntity> byAdjective = new HashMap<>();

    private KnowledgeBase(List<KnownEntity> entities) {
        Map<String, KnownEntity> entries = new LinkedHashMap<>();
        for (KnownEntity entity : entities) {
            entries.remove(entity.id()); // a replacement is indexed after the entries it overrides
            entries.put(entity.id(), entity);
        }
        this.byId = Collections.unmodifiableMap(entries);
        for (KnownEntity entity : byId.values()) {
            for (String form : InhabitantForms.of(entity)) {
                byInhabitant.put(key(form), entity);
            }
            entity.adjectives().forEach(stem -> byAdjective.put(key(stem), entity));
        }
        for (KnownEntity entity : byId.values()) {
            byName.put(key(entity.name()), entity);
            entity.aliases().forEach(name -> byName.put(key(name), entity));
            entity.ambiguousAliases().forEach(name -> byName.put(key(name), entity));
        }
    }

    /** The bundled knowledge base, plus the given user files in order (later entries win). */
    public static KnowledgeBase load(List<Path> userFiles) {
        List<KnownEntity> all = new ArrayList<>();
        try (InputStream bundled = KnowledgeBase.class.getResourceAsStream(BUNDLED)) {
            all.addAll(withPoints(read(bundled, BUNDLED), PlacePoints.bundled()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled " + BUNDLED, e);
        }
        for (Path file : userFiles) {
            try (InputStream in = Files.newInputStream(file)) {
                all.addAll(read(in, file.toString()));
            } catch (NoSuchFileException e) {
                throw new IllegalArgumentException("knowledge base " + file + ": no such file", e);
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                String line = at == null ? "" : ", line " + at.getLineNr();
                throw new IllegalArgumentException("knowledge base " + file + line + ": " + e.getOriginalMessage(), e);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read knowledge base " + file + ": " + e.getMessage(), e);
            }
        }
        return new KnowledgeBase(all);
    }

    public static KnowledgeBase of(List<KnownEntity> entities) {
        return new KnowledgeBase(entities);
    }

    private static List<KnownEntity> read(InputStream in, String source) throws IOException {
        List<KnownEntity> entities = Json.MAPPER.readValue(in, new TypeReference<List<KnownEntity>>() {});
        for (int i = 0; i < entities.size(); i++) {
            KnownEntity entity = entities.get(i);
            // Set.of(...).contains(null) throws: a missing type is checked first
            if (entity == null || isBlank(entity.id()) || isBlank(entity.name()) || entity.type() == null
                    || !TYPES.contains(entity.type())) {
                throw new IllegalArgumentException("knowledge base " + source + ", entry " + (i + 1)
                        + ": needs an id, a name and a type (PER, LOC, ORG or MISC), got " + entity);
            }
            String pointProblem = entity.pointProblem();
            if (pointProblem != null) {
                throw new IllegalArgumentException("knowledge base " + source + ", entry " + (i + 1) + " (" + entity.id()
                        + "): " + pointProblem);
            }
        }
        return entities;
    }

    private static List<KnownEntity> withPoints(List<KnownEntity> entities, Map<String, PlacePoints.Point> points) {
        List<KnownEntity> placed = new ArrayList<>(entities.size());
        for (KnownEntity entity : entities) {
            PlacePoints.Point point = points.get(entity.id());
            placed.add(point == null || point.lat() == null ? entity : entity.at(point.lat(), point.lon()));
        }
        return placed;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public int size() {
        return byId.size();
    }

    public Optional<KnownEntity> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every entity, in the order of the files (bundled first). */
    public List<KnownEntity> entities() {
        return List.copyOf(byId.values());
    }

    /**
     * The entity a mention's text refers to: its name or an alias, a genitive, an inhabitants'
     * name or a derived adjective.
     */
    public Optional<KnownEntity> lookup(String mention) {
        String key = key(mention);
        KnownEntity found = namedByKey(key);
        return found != null ? Optional.of(found) : Optional.ofNullable(derived(key));
    }

    /** The entity whose name, alias or genitive the mention is; no derived forms. */
    public Optional<KnownEntity> named(String mention) {
        return Optional.ofNullable(namedByKey(key(mention)));
    }

    /** The entity a word is derived from ("nordkoreanischen", "Russen"), unless the word is a name itself. */
    public Optional<KnownEntity> derivedFrom(String word) {
        String key = key(word);
        if (namedByKey(key) != null) {
            return Optional.empty();
        }
        return Optional.ofNullable(derived(key));
    }

    private KnownEntity namedByKey(String key) {
        KnownEntity found = byName.get(key);
        if (found == null && isGenitive(key)) {
            found = byName.get(key.substring(0, key.length() - 1));
        }
        return found;
    }

    private KnownEntity derived(String key) {
        KnownEntity found = byInhabitant.get(key);
        return found != null ? found : adjective(key);
    }

    private KnownEntity adjective(String key) {
        for (String ending : ADJECTIVE_ENDINGS) {
            if (key.length() <= ending.length() + 2 || !key.endsWith(ending)) {
                continue;
            }
            String stem = key.substring(0, key.length() - ending.length());
            KnownEntity entity = byAdjective.get(stem);
            if (entity == null && (stem.endsWith("sch") || stem.endsWith("lich"))) {
                entity = compoundAdjective(stem);
            }
            if (entity != null) {
                return entity;
            }
        }
        return null;
    }

    /** "deutsch israelisch" (hyphens are spaces in keys) → israelisch; "exilrussisch" → russisch. */
    private KnownEntity compoundAdjective(String stem) {
        int space = stem.lastIndexOf(' ');
        if (space > 0) {
            return byAdjective.get(stem.substring(space + 1));
        }
        for (String prefix : ADJECTIVE_PREFIXES) {
            if (stem.startsWith(prefix) && stem.length() > prefix.length() + 3) {
                KnownEntity entity = byAdjective.get(stem.substring(prefix.length()));
                if (entity != null) {
                    return entity;
                }
            }
        }
        return null;
    }

    private static boolean isGenitive(String key) {
        return key.length() > 3 && key.endsWith("s");
    }

    /** Case, dashes and hyphens, quotes and spacing do not distinguish names: "Kim Jong-un" = "Kim Jong Un". */
    static String key(String name) {
        String normalised = Fingerprinter.normalise(name);
        StringBuilder key = new StringBuilder(normalised.length());
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (c == '-' || c == ' ') {
                if (key.length() > 0 && key.charAt(key.length() - 1) != ' ') {
                    key.append(' ');
                }
            } else {
                key.append(c);
            }
        }
        int end = key.length();
        return end > 0 && key.charAt(end - 1) == ' ' ? key.substring(0, end - 1) : key.toString();
    }
}
