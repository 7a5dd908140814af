package dev.newsflow.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FingerprinterTest {

    private static final String PARAGRAPH = "„Wir werden den Job beenden“, hatte der russische Außenminister Sergej Lawrow – in der Vorwoche – erklärt.";

    @Test
    void shouldIgnoreQuoteDashSpaceAndCaseVariants() {
        String variant = "\"WIR werden den  Job beenden\", hatte der russische AUSSENMINISTER Sergej Lawrow - in der\u00A0Vorwoche — erklärt.";
        assertEquals(Fingerprinter.fingerprint(PARAGRAPH), Fingerprinter.fingerprint(variant));
    }

    @Test
    void shouldIgnoreSoftHyphensAndZeroWidthCharacters() {
        assertEquals(Fingerprinter.fingerprint("Militärgeheimdienst"),
                Fingerprinter.fingerprint("Militär\u00ADgeheim\u200Bdienst\uFEFF"));
    }

    @Test
    void shouldApplyCompatibilityNormalisation() {
        assertEquals(Fingerprinter.normalise("ﬁnal ①"), Fingerprinter.normalise("final 1"));
    }

    @Test
    void shouldDistinguishDifferentWords() {
        assertNotEquals(Fingerprinter.fingerprint("Rund 10.000 Soldaten"), Fingerprinter.fingerprint("Rund 12.000 Soldaten"));
    }

    /**
     * Fingerprints are keys in the owners store and on the claims: a change in normalisation or hashing would
     * make dedup miss every paragraph stored before it. These were computed by the fingerprinter as released
     * (and agree with SHA-256 of the normalised text computed outside Java).
     */
    @Test
    void shouldKeepTheFingerprintsOfParagraphsStoredBefore() {
        Map<String, String> pinned = new LinkedHashMap<>();
        pinned.put("Die Bürgermeisterin von Köln eröffnete am Montag die neue Rheinbrücke; rund 1.500 Gäste kamen.",
                "d7c974ad95055d67ca11c19b00d7df7c");
        pinned.put("„Wir müssen schneller werden“, sagte Außenministerin Baerbock – und forderte mehr Hilfe für die Ukraine.",
                "9b5bd6780bdbd9123fd88453ad8deb1d");
        pinned.put("Über Nacht fielen in Süddeutschland bis zu 30 Zentimeter Schnee, der Flughafen München schloss zwei Startbahnen.",
                "1b174eece9e1d218baab8af18b7a6890");
        pinned.put("Nach Angaben der Polizei wurden drei Menschen leicht verletzt (zwei davon Kinder); die Straße ist wieder frei.",
                "4bfa1f0a8c604db5cae19356730f5436");
        pinned.put("Der Verband erwartet für 2025 ein Wachstum von 3,5 Prozent – vorausgesetzt, die Zölle steigen nicht weiter.",
                "e889054d452f150b007da9f76156d817");
        pinned.put("Grüße aus Düsseldorf: Das Straßenfest „Jazz & Größe“ fällt wegen des Sturms aus!",
                "03dab05ba36c4d8181a7078bec2e782f");

        pinned.forEach((paragraph, fingerprint) -> assertEquals(fingerprint, Fingerprinter.fingerprint(paragraph), paragraph));
    }

    @Test
    void shouldBe128BitsOfHex() {
        assertEquals(32, Fingerprinter.fingerprint(PARAGRAPH).length());
    }
}
