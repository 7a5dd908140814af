package dev.newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {

    private final DurationConverter converter = new DurationConverter();

    @Test
    void shouldReadShortFormsAndIso8601() {
        assertEquals(Duration.ofDays(30), converter.convert("30d"));
        assertEquals(Duration.ofHours(12), converter.convert("12h"));
        assertEquals(Duration.ofMinutes(15), converter.convert("15m"));
        assertEquals(Duration.ZERO, converter.convert("0"), "0: never, where an option allows it");
        assertEquals(Duration.ofSeconds(90), converter.convert("90s"));
        assertEquals(Duration.ofMillis(500), converter.convert("500ms"));
        assertEquals(Duration.ofHours(12), converter.convert("PT12H"));
    }

    @Test
    void shouldFormatDurationsTheWayItReadsThem() {
        for (String text : List.of("500ms", "1s", "90s", "15m", "12h", "30d", "1500ms")) {
            assertEquals(text, DurationConverter.format(converter.convert(text)));
        }
    }

    @Test
    void shouldRejectWhatIsNotADurationWithAHint() {
        TypeConversionException e = assertThrows(TypeConversionException.class, () -> converter.convert("30 days"));
        assertEquals("'30 days' is not a duration; use e.g. 30d, 12h, 15m, 90s or 500ms", e.getMessage());
    }
}
