package dev.newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class BytesTest {

    @Test
    void aDecimalPointWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("512 B", Bytes.human(512));
            assertEquals("1.5 KiB", Bytes.human(1536));
            assertEquals("2.5 MiB", Bytes.human(5 * 512 * 1024));
        } finally {
            Locale.setDefault(before);
        }
    }
}
