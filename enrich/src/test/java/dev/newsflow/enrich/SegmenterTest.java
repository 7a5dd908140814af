package dev.newsflow.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    @Test
    void shouldSplitOnBlankLines() {
        assertEquals(List.of("Erster Absatz.", "Zweiter Absatz."),
                Segmenter.segment("Erster Absatz.\n\n\nZweiter Absatz.\n"));
    }

    @Test
    void shouldTellTheBlockOfNonBlankLinesEachParagraphLiesIn() {
        assertEquals(List.of(new Segmenter.Paragraph("Überschrift", 0), new Segmenter.Paragraph("Zeile eins.", 1),
                        new Segmenter.Paragraph("Zeile zwei geht weiter und endet hier.", 1), new Segmenter.Paragraph("Schluss.", 2)),
                Segmenter.paragraphs("\nÜberschrift\n\nZeile eins.\nZeile zwei geht\nweiter und endet hier.\n\n\nSchluss."));
    }

    @Test
    void shouldTreatEachLineAsAParagraphWithoutBlankLines() {
        assertEquals(List.of("Schlagzeile ohne Punkt", "Der erste Satz.", "Bildunterschrift"),
                Segmenter.segment("Schlagzeile ohne Punkt\nDer erste Satz.\nBildunterschrift"));
    }

    @Test
    void shouldJoinHardWrappedLines() {
        assertEquals(List.of("Kyrylo Budanow, der Chef des Geheimdiensts HUR, sprach von 11.000 Soldaten,"
                        + " die bereits ab November einsatzbereit sein könnten.", "Neuer Absatz."),
                Segmenter.segment("Kyrylo Budanow, der Chef des Geheimdiensts HUR,\nsprach von 11.000 Soldaten,\n"
                        + "die bereits ab November einsatzbereit sein könnten.\nNeuer Absatz."));
    }

    @Test
    void shouldNotJoinALineThatEndsASentenceOrALineStartingInUpperCase() {
        assertEquals(List.of("Er sagte: „Ja.“", "danach nichts.", "Ohne Punkt", "Großes Wort"),
                Segmenter.segment("Er sagte: „Ja.“\ndanach nichts.\nOhne Punkt\nGroßes Wort"));
    }

    @Test
    void shouldTreatCrLfAndCrAsLineEnds() {
        List<String> expected = List.of("Titel", "Erster Satz, der weitergeht und endet.", "Zweiter.");
        assertEquals(expected, Segmenter.segment("Titel\r\nErster Satz,\r\nder weitergeht und endet.\r\n\r\nZweiter.\r\n"));
        assertEquals(expected, Segmenter.segment("Titel\rErster Satz,\rder weitergeht und endet.\r\rZweiter."));
    }

    @Test
    void shouldTrimLinesAndIgnoreWhitespaceOnlyLines() {
        assertEquals(List.of("Eins.", "Zwei."), Segmenter.segment("  Eins.  \n \t \n\u00A0Zwei.\n\n"));
    }

    private static final Path AGENCY_TEXT = Path.of("../corpus/001_7b908f9f754766f3.txt");
    private static final List<String> SCRAPED_LINES = List.of("15.10.2024, 04:15", "Tobias Schibilla / t-online",
            "Mehr «International»", "Wladimir Putin und Kim Jong-un stoßen an. (Archivbild)");

    @Test
    void shouldJoinHardWrappedGermanWhateverTheCaseOfTheNextWord() throws Exception {
        List<String> paragraphs = Segmenter.segment(Files.readString(AGENCY_TEXT));
        for (int width : new int[] {60, 70, 72, 80}) {
            String wrapped = String.join("\n\n", paragraphs.stream().map(p -> wrap(p, width)).toList());
            assertTrue(wrapped.lines().filter(line -> !line.isEmpty()).count() > paragraphs.size() * 2L,
                    "the text is wrapped at " + width);

            assertEquals(paragraphs, Segmenter.segment(wrapped), "wrapped at " + width);
        }
    }

    @Test
    void shouldJoinALineWrappedBeforeACapitalisedNoun() {
        String text = "Die Ukraine erhält nach Angaben der Regierung in Kiew in diesem Jahr die\n"
                + "Lieferungen von Flugabwehrsystemen, die sie seit Monaten gefordert hatte,\n"
                + "und weitere Munition aus Beständen der Bundeswehr, sagte ein Sprecher am\n"
                + "Montag in Berlin. Die Bundesregierung wollte sich dazu nicht äußern.\n"
                + "\n"
                + "Russland meldete unterdessen neue Angriffe im Gebiet Kursk, wo ukrainische\n"
                + "Truppen seit dem Sommer Stellungen halten.";

        assertEquals(List.of("Die Ukraine erhält nach Angaben der Regierung in Kiew in diesem Jahr die Lieferungen von "
                        + "Flugabwehrsystemen, die sie seit Monaten gefordert hatte, und weitere Munition aus Beständen der "
                        + "Bundeswehr, sagte ein Sprecher am Montag in Berlin. Die Bundesregierung wollte sich dazu nicht äußern.",
                "Russland meldete unterdessen neue Angriffe im Gebiet Kursk, wo ukrainische Truppen seit dem Sommer "
                        + "Stellungen halten."), Segmenter.segment(text));
    }

    @Test
    void shouldKeepTheSingleLinesOfScrapedPagesApart() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("../corpus"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                List<String> lines = Files.readString(file).lines().map(String::strip).toList();
                assertEquals(0, Segmenter.wrapWidth(lines), file + " is not hard-wrapped");
            }
        }
        List<String> scraped = Segmenter.segment(Files.readString(Path.of("../corpus/003_b4d41754e5c68a6e.txt")));
        SCRAPED_LINES.subList(0, 3).forEach(line -> assertTrue(scraped.contains(line), line));
        // short single lines of similar length, without any long line: not a width to wrap at
        List<String> dates = List.of("15.10.2024, 04:15 Uhr, aktualisiert", "16.10.2024, 05:20 Uhr, aktualisiert",
                "17.10.2024, 06:25 Uhr, aktualisiert", "18.10.2024, 07:30 Uhr, aktualisiert");
        assertEquals(dates, Segmenter.segment(String.join("\n", dates)));
    }

    @Test
    void shouldKeepAListOfHeadlinesApartEvenWhereItsLinesAreOfOneWidth() {
        List<String> headlines = List.of(
                "Nordkorea schickt Soldaten nach Russland und Kim plant die nächste Eskalation",
                "Selenskyj fordert vom Westen mehr Flugabwehr für die Städte im Osten des Landes",
                "Nato warnt vor dem Einsatz nordkoreanischer Truppen im Krieg gegen die Ukraine",
                "Kreml auf Kriegskurs: Keine Aussichten auf Verhandlungen in naher Zukunft",
                "Russland rekrutiert monatlich mehr als zwanzigtausend neue Soldaten für die Front");

        assertEquals(headlines, Segmenter.segment(String.join("\n", headlines)));
    }

    @Test
    void shouldKeepScrapedLinesApartAndJoinTheWrappedProseAfterThemInOneText() throws Exception {
        List<String> paragraphs = Segmenter.segment(Files.readString(AGENCY_TEXT)).stream()
                .filter(p -> p.length() > 200).limit(3).toList();
        String text = String.join("\n", SCRAPED_LINES) + "\n" + wrap(paragraphs.get(0), 70) + "\n\n"
                + String.join("\n\n", paragraphs.subList(1, 3).stream().map(p -> wrap(p, 70)).toList());

        List<String> expected = new ArrayList<>(SCRAPED_LINES);
        expected.addAll(paragraphs);
        assertEquals(expected, Segmenter.segment(text));
    }

    /** Greedy wrapping, as mail clients and agency feeds do it: as many words as fit in the width. */
    private static String wrap(String paragraph, int width) {
        StringBuilder wrapped = new StringBuilder();
        int lineLength = 0;
        for (String word : paragraph.split(" ")) {
            if (lineLength > 0 && lineLength + 1 + word.length() > width) {
                wrapped.append('\n');
                lineLength = 0;
            } else if (lineLength > 0) {
                wrapped.append(' ');
                lineLength++;
            }
            wrapped.append(word);
            lineLength += word.length();
        }
        return wrapped.toString();
    }
}
