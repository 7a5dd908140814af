package dev.newsflow.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.enrich.near.Shingles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void shouldSplitAParagraphOfCorpus001AtItsFullStopsButNotAtAnOrdinal() throws Exception {
        String paragraph = paragraphOf("001_7b908f9f754766f3.txt", "Nach Informationen des südkoreanischen");

        assertEquals(List.of(
                "Nach Informationen des südkoreanischen Geheimdiensts sollen die 1.500 Soldaten auf russischen Kriegsschiffen in "
                        + "den Hafen Wladiwostok transportiert worden sein.",
                "Die Transporte hätten bereits am 8. Oktober begonnen.",
                "Zuvor war am Freitag ein Video aufgetaucht, das nordkoreanische Soldaten auf einem russischen Militärgelände "
                        + "zeigen soll.",
                "Ein ukrainischer Militärblogger geolokalisierte es auf einen Militärstandort, der etwa 150 Kilometer nördlich "
                        + "der Grenze zwischen Russland und Nordkorea liegt.",
                "In Rufen, die in diesem Video zu hören sind, soll laut einem vom exilrussischen Investigativmedium The Insider "
                        + "befragten Übersetzer mutmaßlich nordkoreanischer Dialekt zu hören sein."),
                Sentences.split(paragraph));
    }

    @Test
    void shouldKeepClosingQuotesWithTheirSentenceAndStartOneAtAnOpeningQuote() throws Exception {
        String paragraph = paragraphOf("000_c581dff1dc219dce.txt", "In Moskau setze man weiter auf Eskalation");

        List<String> sentences = Sentences.split(paragraph);

        assertEquals(3, sentences.size(), sentences.toString());
        assertTrue(sentences.get(1).startsWith("„Wir sehen keine Anzeichen dafür"));
        assertEquals("„Ich sehe keine Aussichten auf Verhandlungen in naher Zukunft.“", sentences.get(2));
    }

    @Test
    void shouldNotEndASentenceInsideAQuoteThatGoesOnAfterIt() {
        assertEquals(List.of("„Was nun?“ fragte er, und niemand wusste eine Antwort darauf."),
                Sentences.split("„Was nun?“ fragte er, und niemand wusste eine Antwort darauf."));
        assertEquals(List.of("„Wir werden den Job beenden“, hatte der russische Außenminister Sergej Lawrow erklärt."),
                Sentences.split("„Wir werden den Job beenden“, hatte der russische Außenminister Sergej Lawrow erklärt."));
    }

    @Test
    void shouldNotEndASentenceAfterAnAbbreviationAnInitialOrAnOrdinal() {
        for (String sentence : List.of(
                "Laut Prof. Dr. Müller gilt das z. B. für Kiew, d. h. für die Hauptstadt u. a. der Ukraine.",
                "Die Bücher von J. R. R. Tolkien erschienen bzw. erscheinen bei ca. 40 Verlagen.",
                "Am 3. Oktober feierte er den 100. Geburtstag, am 15.10. folgte die Feier in Nr. 7 der Straße.",
                "Das gilt z.B. auch für Kunden der Deutschen Bahn.")) {
            assertEquals(List.of(sentence), Sentences.split(sentence));
        }
    }

    @Test
    void shouldEndASentenceAtAQuestionAnExclamationAYearAndAnAmount() {
        assertEquals(List.of("Wer schickt Soldaten?", "Nordkorea!", "Es geschah im Jahr 2023.", "Es kamen 1.500.",
                        "12.000 Soldaten kamen.", "(dpa)"),
                Sentences.split("Wer schickt Soldaten? Nordkorea! Es geschah im Jahr 2023. Es kamen 1.500. "
                        + "12.000 Soldaten kamen. (dpa)"));
    }

    @Test
    void shouldNotEndASentenceAtAnEllipsisOrBeforeAMonth() {
        for (String sentence : List.of("Er sagte … Russland werde liefern.", "Er sagte... Russland werde liefern.",
                "Dem Index M 80…–81… München gegenüber.", "Am 2024. Juni wurde gewählt.")) {
            assertEquals(List.of(sentence), Sentences.split(sentence));
        }
    }

    @Test
    void shouldCountOnlySentencesOfSixWordsOrMore() {
        List<List<String>> counting = Sentences.countingWords(
                "Das teilte ein Sprecher mit. Die Transporte hätten bereits am 8. Oktober begonnen. (dpa)");

        assertEquals(1, counting.size());
        assertEquals(List.of("die", "transporte", "hätten", "bereits", "am", "8", "oktober", "begonnen"), counting.get(0));
    }

    @Test
    void shouldKeyASentenceByItsWordsInADomainApartFromParagraphs() {
        String sentence = "Die Transporte hätten bereits am 8. Oktober begonnen.";
        List<String> key = Sentences.keys(sentence);

        assertEquals(key, Sentences.keys("„DIE Transporte hätten – bereits am 8. Oktober begonnen“"), "marks and case aside");
        assertNotEquals(Fingerprinter.fingerprint(sentence), key.get(0));
        assertNotEquals(Fingerprinter.fingerprintOfNormalised(String.join(" ", Shingles.words(sentence))), key.get(0));
        assertEquals(1, Sentences.keys(sentence + " " + sentence).size(), "each once");
    }

    private static String paragraphOf(String file, String start) throws Exception {
        return Files.readAllLines(Path.of("../corpus/" + file)).stream().filter(line -> line.startsWith(start))
                .findFirst().orElseThrow();
    }
}
