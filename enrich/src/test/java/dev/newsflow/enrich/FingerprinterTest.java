package dev.newsflow.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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

    @Test
    void shouldBe128BitsOfHex() {
        assertEquals(32, Fingerprinter.fingerprint(PARAGRAPH).length());
    }
}
