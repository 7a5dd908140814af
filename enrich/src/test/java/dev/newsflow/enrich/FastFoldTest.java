package dev.newsflow.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The table fold must give what the slow fold gives, wherever it answers at all. */
class FastFoldTest {

    @Test
    void foldsEveryLineOfTheCorpusAsTheSlowFoldDoes() throws IOException {
        int folded = 0;
        try (Stream<Path> files = Files.list(Path.of("../corpus"))) {
            for (Path file : files.sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    String fast = FastFold.fold(line);
                    if (fast != null) {
                        assertEquals(Fingerprinter.slowFold(line), fast, line);
                        folded++;
                    }
                }
            }
        }
        assertTrue(folded > 100, "the table should answer for most German lines, answered for " + folded);
    }

    /** Random text from every char the table has, marks and all, next to each other in any order. */
    @Test
    void foldsRandomTextOfTheTablesCharsAsTheSlowFoldDoes() {
        List<Character> alphabet = new ArrayList<>();
        for (char c = 0; c < 0x20C0; c++) {
            if (FastFold.fold(String.valueOf(c)) != null) {
                alphabet.add(c);
            }
        }
        assertTrue(alphabet.size() > 600, "alphabet of " + alphabet.size());
        Random random = new Random(7);
        StringBuilder text = new StringBuilder();
        for (int round = 0; round < 20_000; round++) {
            text.setLength(0);
            int length = 1 + random.nextInt(24);
            for (int i = 0; i < length; i++) {
                text.append((char) alphabet.get(random.nextInt(alphabet.size())));
            }
            String s = text.toString();
            assertEquals(Fingerprinter.slowFold(s), FastFold.fold(s), () -> s.codePoints()
                    .mapToObj(c -> String.format("U+%04X", c)).toList().toString());
        }
    }

    @Test
    void leavesTheSlowFoldToTextWithCombiningMarksOrOtherScripts() {
        assertNull(FastFold.fold("Cafe\u0301"), "a combining acute composes with the letter before it");
        assertNull(FastFold.fold("ΟΔΟΣ"), "final sigma depends on the letter after it");
        assertNull(FastFold.fold("Москва"));
        assertNull(FastFold.fold("ﬁnal"));
    }

    @Test
    void foldsTheUsualGermanWithoutACopyWhereNothingChanges() {
        String lower = "die straße nach köln – „heute“";
        assertEquals("die strasse nach köln – „heute“", FastFold.fold(lower));
        String unchanged = "schon gesagt, 3,5 prozent";
        assertSame(unchanged, FastFold.fold(unchanged));
    }
}
