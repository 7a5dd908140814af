package dev.newsflow.enrich.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What the classifier sees in a line on its own: the patterns of the vocabulary, and the measures of prose. */
class LineTest {

    @Test
    void shouldFindDatesAndTimesInTheirCommonForms() {
        for (String date : new String[] {"15.10.2024, 04:15", "23. Juni 2016 um 17:21 Uhr", "April 28, 2022", "2022-04-28",
                "vor 3 Stunden", "2 hours ago", "hace 7 horas", "Jänner 2014"}) {
            assertTrue(new Line(date).isDateLine(), date);
        }
        assertFalse(new Line("Am 8. Oktober begannen die Transporte nach Wladiwostok, berichtet der Geheimdienst.").isDateLine());
    }

    @Test
    void shouldFindNumericDatesWhateverTheSpacingAndNotInOtherFigures() {
        for (String date : new String[] {"15. 10. 2024", "15.\t10.2024", "1.2.24", "4/21/2022", "2022-04-28 09:00"}) {
            assertTrue(new Line(date).isDateLine(), date);
        }
        assertEquals(0, new Line("Die Inflation lag 2024 bei 2.5 Prozent, 1.000 Euro mehr als 2023/24.").dateChars);
        assertEquals("1.2.24".length(), new Line("Seit dem 1.2.24 lag sie bei 2.5 Prozent, 1.000 Euro mehr").dateChars);
    }

    @Test
    void shouldCountAWordWithoutLettersByWhatFollowsANoBreakSpace() {
        // "–" and a no-break space before "Sie": the dash counts as capitalised, as the word it is bound to
        assertEquals(4, new Line("„Die Bahn kommt“ –\u00A0Sie sagt").capitalisedWords);
        assertEquals(3, new Line("„Die Bahn kommt“ – sie sagt Nein").capitalisedWords);
    }

    @Test
    void shouldKnowTheFurnitureOfReaderComments() {
        assertTrue(new Line("Melden").commentButton);
        assertTrue(new Line("Antworten").commentButton);
        assertTrue(new Line("Rafael sagt:").commentAuthor);
        assertTrue(new Line("Antworten mirdochegal sagt:").commentAuthor);
        assertTrue(new Line("15.10.2024 05:56registriert Oktober 2021").commentProfile);
        assertTrue(new Line("13 Kommentare").commentSection);
        assertTrue(new Line("11 Antworten zu “Sunday Thoughts: Ein wenig lost, aber immer noch da!”").commentSection);
        assertFalse(new Line("Er sagt: „Wir melden uns.“").commentAuthor);
    }

    @Test
    void shouldKnowLinksToOtherArticlesByTheirLabel() {
        assertTrue(new Line("Lesen Sie auch: Warum die Bahn zu spät kommt").readMore);
        assertTrue(new Line("Lea más: Juan Carlos Ortega Murillo propone legalizar la marihuana").readMore);
        assertTrue(new Line("MIRA: Madre se acerca a conocer los motivos de captura").readMore);
        assertTrue(new Line("Zur Story").readMore);
        assertTrue(new Line("Mehr zum Thema").readMore);
        assertFalse(new Line("Mehr als zweieinhalb Jahre sind seit dem Überfall vergangen.").readMore);
        assertFalse(new Line("Mehr erfahren").readMore, "a call to act, not a link to an article");
    }

    @Test
    void shouldKnowAmountsCreditsAndBylines() {
        assertTrue(new Line("5 CHF").currency);
        assertTrue(new Line("14,90 Euro").currency);
        assertTrue(new Line("$ 10").currency);
        assertFalse(new Line("Rund 10.000 Soldaten").currency);
        assertTrue(new Line("Sie halten nicht wirklich Händchen: Putin und Kim Jong-un.Bild: imago").pictureCredit);
        assertTrue(new Line("© IMAGO/Yonhap News").startsWithCredit);
        assertFalse(new Line("Kim und Putin flanieren durch Pjöngjang. Bild: keystone").startsWithCredit);
        assertTrue(new Line("Von Tobias Schibilla").author);
        assertTrue(new Line("Ein Artikel von t-online").author);
        assertFalse(new Line("von der Leyen reist nach Kiew").author, "a name, not a byline");
        assertTrue(new Line("Mit Material der Nachrichtenagenturen dpa und AP.").sourceLine);
        assertTrue(new Line("Verwendete Quellen:").sourcesLabel);
        assertTrue(new Line("Lesezeit 5 Minuten").dateWords);
    }

    @Test
    void shouldTellProseFromMenus() {
        Line prose = new Line("Die russische Armee bekommt bei ihrem Krieg in der Ukraine Unterstützung aus Nordkorea.");
        Line menu = new Line("Home | Politik | Wirtschaft | Sport");

        assertTrue(prose.readsAsProse());
        assertTrue(prose.functionShare() > 0.3, "function words: " + prose.functionShare());
        assertFalse(menu.readsAsProse());
        assertEquals(0, menu.functionWords);
        assertEquals(3, menu.separators);
        assertTrue(menu.navigationWords >= 1);
        assertEquals(2, new Line("Zum Inhalt springen").navigationWords, "a menu word and a menu phrase");
    }

    @Test
    void shouldCountTheFormalAddressOnlyWhereItIsCapitalisedMidSentence() {
        assertEquals(1, new Line("Wir informieren Sie regelmäßig zum Thema.").secondPerson);
        assertEquals(0, new Line("Sie sollen Teil eines Kontingents sein.").secondPerson);
        assertEquals(2, new Line("Hast du dein Ikigai schon gefunden?").secondPerson);
    }

    @Test
    void shouldStemContentWordsAsTheDedupDoes() {
        Line line = new Line("Nordkoreas Soldaten kämpfen in der Ukraine");

        assertEquals(java.util.Set.of("nordk", "solda", "kämpf", "ukrai"), line.stems);
    }
}
