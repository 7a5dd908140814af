package dev.newsflow.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongKeyedMapTest {

    @Test
    void shouldHoldWhatAHashMapHoldsThroughPutsAndRemovals() {
        Random random = new Random(7);
        LongKeyedMap<String> map = new LongKeyedMap<>();
        Map<Long, String> expected = new HashMap<>();
        for (int i = 0; i < 200_000; i++) {
            // few distinct keys, so that removals hit keys that are there and probe chains collide;
            // 0 included, which marks an empty slot inside the map
            long key = random.nextInt(3_000) * 0x10000L - 0x10000L * 5;
            if (random.nextInt(3) == 0) {
                map.remove(key);
                expected.remove(key);
            } else {
                map.put(key, "v" + i);
                expected.put(key, "v" + i);
            }
            if (i % 10_000 == 0) {
                expected.forEach((k, v) -> assertEquals(v, map.get(k)));
            }
        }
        assertEquals(expected.size(), map.size());
        for (long key = -0x10000L * 5; key < 3_000 * 0x10000L; key += 0x10000L) {
            assertEquals(expected.get(key), map.get(key), "key " + key);
        }
    }
}
