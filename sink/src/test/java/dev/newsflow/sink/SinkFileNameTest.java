package dev.newsflow.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SinkFileNameTest {

    @Test
    void shouldRoundTripThroughFormatAndParse() {
        for (SinkFileName name : new SinkFileName[] {
                new SinkFileName(0, 0, 0),
                new SinkFileName(3, 17, 1016),
                new SinkFileName(Integer.MAX_VALUE, Long.MAX_VALUE - 1, Long.MAX_VALUE)}) {
            assertEquals(Optional.of(name), SinkFileName.parse(name.format()));
            assertEquals(Optional.of(name), SinkFileName.parseTemp(name.tempFormat()));
        }
    }

    @Test
    void shouldPadOffsetsToNineteenDigitsAndNotThePartition() {
        assertEquals("enriched+12+0000000000000000007+0000000000000001042.jsonl",
                new SinkFileName(12, 7, 1042).format());
    }

    @Test
    void shouldSortNamesOfOnePartitionByOffset() {
        String earlier = new SinkFileName(1, 9, 99).format();
        String later = new SinkFileName(1, 100, 100).format();
        assertTrue(earlier.compareTo(later) < 0);
    }

    @Test
    void shouldNameTheTemporaryFileAsAHiddenSibling() {
        assertEquals(".enriched+1+0000000000000000000+0000000000000000009.jsonl.tmp",
                new SinkFileName(1, 0, 9).tempFormat());
    }

    @Test
    void shouldRejectForeignNames() {
        String padded = "0000000000000000000";
        for (String foreign : new String[] {
                "",
                "notes.txt",
                "enriched+1+0+9.jsonl",                                    // offsets not padded
                "enriched+01+" + padded + "+" + padded + ".jsonl",          // partition padded
                "enriched+-1+" + padded + "+" + padded + ".jsonl",
                "articles+1+" + padded + "+" + padded + ".jsonl",
                "enriched+1+" + padded + "+" + padded + ".json",
                "enriched+1+" + padded + "+" + padded + ".jsonl.tmp",
                ".enriched+1+" + padded + "+" + padded + ".jsonl.tmp",     // a temporary file is not a file
                "enriched+1+0000000000000000009+0000000000000000008.jsonl", // end before start
                "enriched+1+9999999999999999999+9999999999999999999.jsonl", // past Long.MAX_VALUE
                "enriched+99999999999+" + padded + "+" + padded + ".jsonl", // past Integer.MAX_VALUE
                "../enriched+1+" + padded + "+" + padded + ".jsonl"}) {
            assertEquals(Optional.empty(), SinkFileName.parse(foreign), foreign);
        }
        assertEquals(Optional.empty(), SinkFileName.parseTemp("enriched+1+" + padded + "+" + padded + ".jsonl"));
    }

    @Test
    void shouldRefuseOffsetsInTheWrongOrder() {
        assertThrows(IllegalArgumentException.class, () -> new SinkFileName(0, 5, 4));
        assertThrows(IllegalArgumentException.class, () -> new SinkFileName(-1, 0, 0));
    }

    @Test
    void shouldResumeAfterTheLastOffset() {
        assertEquals(43, new SinkFileName(0, 0, 42).nextOffset());
    }
}
