package dev.newsflow.enrich.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The points of the bundled knowledge base's places, {@code place-points.tsv}: made from GeoNames
 * by {@code enrich/scripts/make-place-points.py}, apart from the knowledge base, so that the script
 * can be run again without touching the hand-kept entries. Every place of the bundled knowledge
 * base has a line; one that has no point (a continent, a region of several countries) has empty
 * columns, so that a place added without a decision is noticed (by the tests).
 */
final class PlacePoints {

    static final String BUNDLED = "place-points.tsv";

    /** A line's point: latitude and longitude in degrees, both null for a place that has none. */
    record Point(Double lat, Double lon) {
        static final Point NONE = new Point(null, null);
    }

    private PlacePoints() {}

    /** The bundled lines by id, in the order of the file. */
    static Map<String, Point> bundled() {
        try (InputStream in = PlacePoints.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the bundled " + BUNDLED + " is missing");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled " + BUNDLED, e);
        }
    }

    private static Map<String, Point> read(InputStream in) throws IOException {
        Map<String, Point> points = new LinkedHashMap<>();
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] field = line.split("\t", -1);
            if (field.length < 3 || field[0].isBlank()) {
                throw new IllegalStateException(BUNDLED + ", line " + number + ": needs an id, a latitude and a longitude");
            }
            points.put(field[0], point(field[1], field[2], number));
        }
        return points;
    }

    private static Point point(String lat, String lon, int line) {
        if (lat.isEmpty() && lon.isEmpty()) {
            return Point.NONE;
        }
        try {
            return new Point(Double.valueOf(lat), Double.valueOf(lon));
        } catch (NumberFormatException e) {
            throw new IllegalStateException(BUNDLED + ", line " + line + ": not a latitude and longitude: " + lat + ", " + lon, e);
        }
    }
}
