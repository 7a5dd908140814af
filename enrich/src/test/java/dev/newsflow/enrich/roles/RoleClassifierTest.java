package dev.newsflow.enrich.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleClassifierTest {

    private static final List<String> ARTICLE = List.of(
            "Politik",
            "Bahn streicht Verbindungen nach Süden",
            "Von Anna Beispiel",
            "12.03.2024, 10:15 Uhr",
            "Die Bahn streicht im Sommer mehrere Verbindungen nach Süden, weil Strecken gebaut werden und Personal fehlt.",
            "Betroffen sind vor allem die Strecken nach München und Stuttgart, teilte das Unternehmen am Dienstag mit.",
            "Was Reisende jetzt wissen müssen",
            "Fahrgäste sollen sich vor der Reise informieren, ob ihr Zug fährt, und früh Plätze reservieren, rät die Bahn.",
            "Lesen Sie auch: Warum die Bahn so oft zu spät kommt",
            "Newsletter abonnieren",
            "Home | Impressum | Datenschutz");

    private final RoleClassifier classifier = RoleClassifier.standard();

    @Test
    void shouldGiveEveryParagraphARole() {
        List<Role> roles = classifier.classify(ARTICLE, false);

        assertEquals(ARTICLE.size(), roles.size());
        assertEquals(Role.BOILERPLATE, roles.get(0));
        assertEquals(Role.TITLE, roles.get(1));
        assertEquals(Role.BYLINE, roles.get(2));
        assertEquals(Role.BYLINE, roles.get(3));
        assertEquals(Role.BODY, roles.get(4));
        assertEquals(Role.BODY, roles.get(5));
        assertEquals(Role.HEADING, roles.get(6));
        assertEquals(Role.BODY, roles.get(7));
        assertEquals(Role.TEASER, roles.get(8));
        assertFalse(roles.get(9).isNews());
        assertFalse(roles.get(10).isNews());
    }

    @Test
    void shouldLookForNoHeadlineWhereTheArticleBroughtItsTitle() {
        List<Role> roles = classifier.classify(ARTICLE.subList(4, 8), true);

        assertFalse(roles.contains(Role.TITLE));
        assertEquals(List.of(Role.BODY, Role.BODY, Role.HEADING, Role.BODY), roles);
    }

    @Test
    void shouldTakeALineThatRecursAcrossTheSourceForBoilerplate() {
        String promise = "Die Bahn informiert ihre Fahrgäste täglich über alle Änderungen im Fahrplan und im Netz.";
        List<String> article = List.of(ARTICLE.get(1), ARTICLE.get(4), promise, ARTICLE.get(5));
        Set<String> recurring = Set.of(RecurringLines.normalise(promise));

        assertEquals(Role.BODY, classifier.classify(article, false).get(2));
        assertEquals(Role.BOILERPLATE, classifier.classify(article, false, recurring::contains).get(2));
    }

    @Test
    void shouldClassifyNothingForNoParagraphs() {
        assertTrue(classifier.classify(List.of(), false).isEmpty());
    }

    @Test
    void shouldNameRolesInLowerCaseAndKnowWhichAreNews() {
        assertEquals("boilerplate", Role.BOILERPLATE.label());
        assertEquals(Set.of(Role.TITLE, Role.HEADING, Role.BODY, Role.CAPTION),
                Set.copyOf(java.util.Arrays.stream(Role.values()).filter(Role::isNews).toList()));
    }

    @Test
    void shouldNormaliseLinesAsTheDedupComparesThem() {
        assertEquals("mehr zum thema - \"ukraine\"", RecurringLines.normalise("  Mehr zum  Thema – „Ukraine“ "));
        assertEquals(RecurringLines.normalise("Newsletter\u00A0abonnieren"), RecurringLines.normalise("NEWSLETTER ABONNIEREN"));
    }
}
