package dev.newsflow.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BoundedStateMemoryTest {

    @Test
    void shouldTakeTheBudgetFromTheStreamsConfiguration() {
        assertEquals(BoundedStateMemory.DEFAULT_BYTES, BoundedStateMemory.budget(Map.of()));
        assertEquals(1L << 30, BoundedStateMemory.budget(Map.of(BoundedStateMemory.BYTES_CONFIG, "1073741824")));
    }

    @Test
    void shouldRefuseABudgetThatIsNotANumberOfBytesOrTooSmall() {
        IllegalArgumentException words = assertThrows(IllegalArgumentException.class,
                () -> BoundedStateMemory.budget(Map.of(BoundedStateMemory.BYTES_CONFIG, "512m")));
        assertEquals("newsflow.state.memory.bytes must be a number of bytes, not '512m'", words.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BoundedStateMemory.budget(Map.of(BoundedStateMemory.BYTES_CONFIG, "1000")));
    }
}
