package dev.newsflow.enrich.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineTest {

    @Test
    void shouldPassOverSectionLabelsAndMenuButtonsAboveTheHeadline() {
        List<Line> lines = lines("International", "Nordkorea", "Zum Inhalt springen",
                "Nordkoreas Hilfe für Russland – wie Kim Putin unter die Arme greift", "Die russische Armee bekommt Hilfe.");

        assertEquals(3, Headline.find(lines));
    }

    @Test
    void shouldFindTheHeadlineAgainWithoutTheSitesName() {
        List<Line> lines = lines("Ikigai macht dich sofort glücklicher! | BRIGITTE.de", "Home", "Liebe",
                "Ikigai macht dich sofort glücklicher!", "19. Juni 2019");

        assertEquals(0, Headline.find(lines));
        assertEquals(3, Headline.repeatOf(lines, 0));
        assertEquals("ikigai macht dich sofort glücklicher!", Headline.core("ikigai macht dich sofort glücklicher! | brigitte.de"));
    }

    @Test
    void shouldNotTakeProseDatesOrBylinesForAHeadline() {
        assertFalse(Headline.readsAsHeadline(new Line("Der Krieg tobt immer noch. Die Verluste sind hoch.")));
        assertFalse(Headline.readsAsHeadline(new Line("15. Oktober 2024, 04:15 Uhr")));
        assertFalse(Headline.readsAsHeadline(new Line("Von Tobias Schibilla")));
        assertFalse(Headline.readsAsHeadline(new Line("Newsletter abonnieren und nichts verpassen")));
        assertTrue(Headline.readsAsHeadline(new Line("Trotz Alaska-Treffen: Nordkorea schickt Putin neue Soldaten")));
    }

    /** A site's slogan above every headline reads as one; once it is known to recur across the site, it is passed over. */
    @Test
    void shouldPassOverALineThatRecursAcrossTheSource() {
        List<Line> lines = lines("Nachrichten aus Stuttgart und der Region", "Stadtrat beschließt neuen Haushalt",
                "Der Stadtrat hat am Dienstagabend nach langer Debatte den Haushalt beschlossen. Die Stadt investiert.");

        assertEquals(0, Headline.find(lines));
        assertEquals(1, Headline.find(lines, new boolean[] {true, false, false}));
        assertEquals(-1, Headline.find(lines, new boolean[] {true, true, false}));
    }

    @Test
    void shouldFindNoHeadlineInAPageOfMenus() {
        assertEquals(-1, Headline.find(lines("Home", "Politik", "Sport")));
        assertEquals(-1, Headline.repeatOf(lines("Home"), -1));
    }

    private static List<Line> lines(String... texts) {
        return java.util.Arrays.stream(texts).map(Line::new).toList();
    }
}
