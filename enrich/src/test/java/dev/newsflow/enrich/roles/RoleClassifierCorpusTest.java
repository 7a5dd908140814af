package dev.newsflow.enrich.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.enrich.Segmenter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The replay corpus as plain text, through the segmenter and the bundled model: 003's donation
 * box, reader comments and teaser are not the article and its title is the headline; the other
 * four articles keep every paragraph of their text.
 */
class RoleClassifierCorpusTest {

    private static final String HEADLINE_003 = "Nordkoreas Hilfe für Russland – wie Kim Putin unter die Arme greift";

    private final RoleClassifier classifier = RoleClassifier.standard();

    @Test
    void shouldTakeTheHeadlineAndNotTheSectionLabelsAboveItForTitle() throws IOException {
        Classified article = classify("003_b4d41754e5c68a6e.txt");

        assertEquals(HEADLINE_003, article.first(Role.TITLE));
        assertEquals(Role.BOILERPLATE, article.role("International"));
        assertEquals(Role.BOILERPLATE, article.role("Nordkorea"));
    }

    @Test
    void shouldNotCountTheDonationBoxAsNews() throws IOException {
        Classified article = classify("003_b4d41754e5c68a6e.txt");

        assertEquals(Role.BOILERPLATE, article.roleOfLineStartingWith("Würdest du gerne watson und unseren Journalismus unterstützen?"));
        for (String line : List.of("Verwendete Quellen:", "DANKE FÜR DIE ♥", "(Du wirst umgeleitet, um die Zahlung abzuschliessen.)", "5 CHF", "15 CHF", "25 CHF", "Anderer",
                "Oder unterstütze uns per Banküberweisung.")) {
            assertEquals(Role.BOILERPLATE, article.role(line), line);
        }
    }

    @Test
    void shouldTakeEveryLineOfTheCommentsForComment() throws IOException {
        Classified article = classify("003_b4d41754e5c68a6e.txt");

        int from = article.indexOf("13 Kommentare");
        int to = article.indexOf("Gefängnis Saidnaya – Assads «Schlachthaus für Menschen»");
        for (int i = from; i < to; i++) {
            assertEquals(Role.COMMENT, article.roles.get(i), article.paragraphs.get(i));
        }
        for (String name : List.of("Mondblüemli", "Haarspalter", "Dante&Lupus")) {
            assertEquals(Role.COMMENT, article.role(name), name);
        }
        assertEquals(Role.COMMENT, article.roleOfLineStartingWith("Putin - selbsternannter Fürst aller Slawen"));
    }

    @Test
    void shouldTakeTheOtherArticleAtTheEndForATeaser() throws IOException {
        Classified article = classify("003_b4d41754e5c68a6e.txt");

        assertEquals(Role.TEASER, article.role("Gefängnis Saidnaya – Assads «Schlachthaus für Menschen»"));
        assertEquals(Role.TEASER, article.roleOfLineStartingWith("Das Gefängnis Saidnaya ist bekannt für systematische Folter"));
        assertEquals(Role.TEASER, article.roleOfLineStartingWith("Ausgezehrte Inhaftierte strömen fassungslos"));
        assertEquals(Role.TEASER, article.role("Zur Story"));
    }

    @Test
    void shouldKeepTheArticleOf003WithItsCaptionsAndBylineApart() throws IOException {
        Classified article = classify("003_b4d41754e5c68a6e.txt");

        assertEquals(Role.CAPTION, article.role("Kim und Putin flanieren durch Pjöngjang. Bild: keystone"));
        assertEquals(Role.BYLINE, article.role("15.10.2024, 04:15"));
        assertEquals(Role.BYLINE, article.role("Ein Artikel von t-online"));
        assertEquals(Role.HEADING, article.role("Offiziere sollen Schlachtfeld kennenlernen"));
        int from = article.indexOf("Offiziere sollen Schlachtfeld kennenlernen");
        int to = article.indexOf("Verwendete Quellen:");
        for (int i = from; i < to; i++) {
            assertTrue(article.roles.get(i).isNews(), article.roles.get(i) + ": " + article.paragraphs.get(i));
        }
    }

    @Test
    void shouldKeepEveryParagraphOfTheOtherArticles() throws IOException {
        // what is not the article in these four: a menu button, the reading time, breadcrumbs, links and labels, a source line
        Set<String> notNews = Set.of("AboAbonnieren", "Lesezeit 5 Minuten", "1. Startseite", "2. Politik", "Kommentare",
                "Auch interessant", "Mit Material der Nachrichtenagenturen dpa und AP.");
        for (String file : List.of("000_c581dff1dc219dce.txt", "001_7b908f9f754766f3.txt", "002_aeb1d45ba569944f.txt",
                "004_279e27fa4c338c08.txt")) {
            Classified article = classify(file);
            assertEquals(article.paragraphs.get(file.startsWith("000") ? 1 : 0), article.first(Role.TITLE), file);
            for (int i = 0; i < article.paragraphs.size(); i++) {
                String paragraph = article.paragraphs.get(i);
                Role role = article.roles.get(i);
                assertEquals(!notNews.contains(paragraph), role.isNews(), file + ": " + role + ": " + paragraph);
            }
        }
    }

    @Test
    void shouldNeverCallALineNewsInTheRulesBaselineThatTheDonationBoxHas() throws IOException {
        Classified article = new Classified(RoleClassifier.rulesOnly(), "003_b4d41754e5c68a6e.txt");

        for (String line : List.of("DANKE FÜR DIE ♥", "5 CHF", "Melden", "Mondblüemli", "Zur Story")) {
            assertFalse(article.role(line).isNews(), line);
        }
    }

    private Classified classify(String file) throws IOException {
        return new Classified(classifier, file);
    }

    /** A corpus file's paragraphs and their roles. */
    private static final class Classified {

        final List<String> paragraphs;
        final List<Role> roles;

        Classified(RoleClassifier classifier, String file) throws IOException {
            this.paragraphs = Segmenter.segment(Files.readString(Path.of("../corpus", file)));
            this.roles = classifier.classify(paragraphs, false);
        }

        int indexOf(String paragraph) {
            int i = paragraphs.indexOf(paragraph);
            assertTrue(i >= 0, "no paragraph " + paragraph);
            return i;
        }

        Role role(String paragraph) {
            return roles.get(indexOf(paragraph));
        }

        Role roleOfLineStartingWith(String start) {
            for (int i = 0; i < paragraphs.size(); i++) {
                if (paragraphs.get(i).startsWith(start)) {
                    return roles.get(i);
                }
            }
            throw new AssertionError("no paragraph starts with " + start);
        }

        String first(Role role) {
            List<String> found = new ArrayList<>();
            for (int i = 0; i < paragraphs.size(); i++) {
                if (roles.get(i) == role) {
                    found.add(paragraphs.get(i));
                }
            }
            assertFalse(found.isEmpty(), "no paragraph is " + role);
            return found.get(0);
        }
    }
}
