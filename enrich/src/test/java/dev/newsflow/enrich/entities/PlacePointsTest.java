package dev.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.newsflow.model.Json;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The points of the bundled places (place-points.tsv) against the knowledge base and the map. */
class PlacePointsTest {

    private static final Map<String, PlacePoints.Point> POINTS = PlacePoints.bundled();
    private static final KnowledgeBase BUNDLED = Sentences.KNOWLEDGE_BASE;

    @Test
    void shouldHaveALineForEveryBundledPlaceAndForNothingElse() throws Exception {
        List<KnownEntity> entries;
        try (InputStream in = KnowledgeBase.class.getResourceAsStream(KnowledgeBase.BUNDLED)) {
            entries = Json.MAPPER.readValue(in, new TypeReference<List<KnownEntity>>() {});
        }
        Set<String> places = entries.stream().filter(e -> EntityTypes.LOC.equals(e.type())).map(KnownEntity::id)
                .collect(Collectors.toCollection(TreeSet::new));

        Set<String> withoutLine = new TreeSet<>(places);
        withoutLine.removeAll(POINTS.keySet());
        Set<String> notAPlace = new TreeSet<>(POINTS.keySet());
        notAPlace.removeAll(places);
        assertEquals(Set.of(), withoutLine, "places of knowledge-base.json without a line in place-points.tsv:"
                + " run enrich/scripts/make-place-points.py (places-README.md)");
        assertEquals(Set.of(), notAPlace, "lines of place-points.tsv for no place of knowledge-base.json");
    }

    @Test
    void shouldPutCitiesWhereTheyAre() {
        assertNear(52.52, 13.41, "berlin");
        assertNear(55.75, 37.62, "moskau");
        assertNear(38.90, -77.04, "washington");
        assertNear(-33.87, 151.21, "sydney");
        assertNear(33.72, 73.04, "islamabad"); // not Chattogram, which GeoNames also knows by that name
    }

    @Test
    void shouldPutCountriesAtTheirCapitalAndRegionsAtTheirSeat() {
        assertEquals(point("berlin"), point("deutschland"));
        assertEquals(point("pjoengjang"), point("nordkorea"));
        assertEquals(point("washington"), point("usa"));
        assertEquals(point("muenchen"), point("bayern"));
        assertEquals(point("potsdam"), point("brandenburg"), "the state, not the city of Brandenburg an der Havel");
        assertNear(-4.27, 15.28, "kongo"); // Brazzaville; the Democratic Republic's capital is Kinshasa
        assertNear(-4.33, 15.31, "demokratische-republik-kongo");
    }

    @Test
    void shouldGiveNoPointToAContinentOrARegionOfSeveralCountries() {
        for (String id : List.of("afrika", "europa", "nahost", "balkan", "korea")) {
            KnownEntity entity = BUNDLED.byId(id).orElseThrow();
            assertNull(entity.lat(), id);
            assertNull(entity.lon(), id);
        }
    }

    @Test
    void shouldGiveMostPlacesAPointAndNothingButPlaces() {
        long placed = BUNDLED.entities().stream().filter(e -> e.lat() != null).count();
        long places = BUNDLED.entities().stream().filter(e -> EntityTypes.LOC.equals(e.type())).count();
        assertTrue(placed > places * 9 / 10, placed + " of " + places + " places have a point");
        assertTrue(BUNDLED.entities().stream().filter(e -> e.lat() != null).allMatch(e -> EntityTypes.LOC.equals(e.type())));
        assertTrue(BUNDLED.entities().stream().allMatch(e -> e.pointProblem() == null));
    }

    private static PlacePoints.Point point(String id) {
        KnownEntity entity = BUNDLED.byId(id).orElseThrow();
        return new PlacePoints.Point(entity.lat(), entity.lon());
    }

    private static void assertNear(double lat, double lon, String id) {
        PlacePoints.Point point = point(id);
        assertTrue(point.lat() != null && Math.abs(point.lat() - lat) < 0.1 && Math.abs(point.lon() - lon) < 0.1,
                id + " at " + point + ", not near " + lat + ", " + lon);
    }
}
