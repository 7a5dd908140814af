package dev.newsflow.enrich.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The place gazetteer: names of towns and villages from GeoNames ({@code places.txt}, made by
 * {@code enrich/scripts/make-places.py}), so that places too small or too far away for the knowledge
 * base are still found. Names that are also everyday German or English words ("Essen", "Hof",
 * "Line") were left out when the file was made.
 */
final class PlaceNames {

    static final String BUNDLED = "places.txt";
    /** The longest name, in words. */
    static final int MAX_WORDS = 4;

    private static final class Bundled {
        static final PlaceNames INSTANCE = load();
    }

    private final Set<String> names;
    private final Set<String> firstWords;

    PlaceNames(Collection<String> names) {
        this.names = Set.copyOf(names);
        Set<String> first = new HashSet<>();
        for (String name : names) {
            int space = name.indexOf(' ');
            first.add(space < 0 ? name : name.substring(0, space));
        }
        this.firstWords = Set.copyOf(first);
    }

    /** The bundled gazetteer, read once. */
    static PlaceNames bundled() {
        return Bundled.INSTANCE;
    }

    boolean contains(String name) {
        return names.contains(name);
    }

    /** Whether some name starts with this word: most words start none, and need no longer look-up. */
    boolean startsName(String word) {
        return firstWords.contains(word);
    }

    int size() {
        return names.size();
    }

    private static PlaceNames load() {
        Set<String> names = new HashSet<>(80_000);
        try (InputStream in = PlaceNames.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the place gazetteer " + BUNDLED + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the place gazetteer " + BUNDLED, e);
        }
        return new PlaceNames(names);
    }
}
