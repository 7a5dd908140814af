package dev.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Entity;
import dev.newsflow.model.Mention;
import dev.newsflow.model.Paragraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the real German model, on sentences of the kind the corpus has. */
class ArticleTaggerTest {

    private static final ArticleTagger TAGGER =
            new ArticleTagger(CoreNlpRecogniser.shared(), new Linker(KnowledgeBase.load(List.of())));

    @Test
    void shouldTagAndLinkMentionsWithOffsetsIntoTheirParagraph() {
        EnrichedArticle tagged = TAGGER.tag(article(
                "Wladimir Putin empfängt Kim Jong-un in Moskau",
                "Der Kremlchef lobte die Zusammenarbeit. Putins Sprecher Dmitri Peskow bestätigte das Treffen mit Kim Jong Un."));

        for (Paragraph paragraph : tagged.paragraphs()) {
            for (Mention mention : paragraph.mentions()) {
                assertEquals(mention.text(), paragraph.text().substring(mention.start(), mention.end()));
            }
        }
        assertEquals(2, entity(tagged, "wladimir-putin").mentions(), "'Wladimir Putin' and the genitive 'Putins'");
        assertEquals(2, entity(tagged, "kim-jong-un").mentions(), "'Kim Jong-un' and 'Kim Jong Un'");
        assertEquals("LOC", entity(tagged, "moskau").type());
        assertEquals(List.of(55.75, 37.62), List.of(entity(tagged, "moskau").lat(), entity(tagged, "moskau").lon()),
                "a place carries its point from the knowledge base");
        assertEquals(null, entity(tagged, "wladimir-putin").lat(), "a person has none");
        List<Integer> counts = tagged.entities().stream().map(Entity::mentions).toList();
        assertEquals(counts.stream().sorted(Comparator.reverseOrder()).toList(), counts, "ordered by mention count");
    }

    @Test
    void shouldTypePlaceAdjectivesAndInhabitantsAsDerivedPlaces() {
        EnrichedArticle tagged = TAGGER.tag(article("Titel",
                "Die ersten nordkoreanischen Soldaten sind geflohen, melden russische Blogger. Die Nordkoreaner kämpfen in Kursk."));

        assertEquals(List.of("nordkoreanischen/LOC/nordkorea/derived", "russische/LOC/russland/derived",
                "Nordkoreaner/LOC/nordkorea/derived", "Kursk/LOC/kursk"), mentions(tagged, 1));
        assertEquals(2, entity(tagged, "nordkorea").mentions());
    }

    @Test
    void shouldFindWhatTheModelAloneGetsWrong() {
        EnrichedArticle tagged = TAGGER.tag(article("Nordkoreas Hilfe für Russland – wie Kim Putin unter die Arme greift",
                "Das berichtet der britische «Guardian». Diktator Kim Jong Un liefert Raketen vom Typ KN23, "
                        + "teilte Südkoreas Präsident Yoon Suk Yeol mit. Gespräche will man im Kreml nur, "
                        + "wenn Russland im UN-Sicherheitsrat sein Veto nutzt."));

        List<String> headline = mentions(tagged, 0);
        assertTrue(headline.containsAll(List.of("Kim/PER/kim-jong-un", "Putin/PER/wladimir-putin")), headline.toString());
        List<String> body = mentions(tagged, 1);
        assertTrue(body.containsAll(List.of("Guardian/ORG/guardian", "Kim Jong Un/PER/kim-jong-un", "KN23/MISC/kn23",
                "Yoon Suk Yeol/PER/yoon-suk-yeol", "Kreml/LOC/kreml", "UN-Sicherheitsrat/ORG/un-sicherheitsrat")), body.toString());
    }

    @Test
    void shouldGiveAnUnknownNameAStableIdOfItsOwn() {
        EnrichedArticle first = TAGGER.tag(article("Titel", "Der Landrat Tobias Mustermann sprach in Münster."));
        EnrichedArticle second = TAGGER.tag(article("Anderer Titel", "Gestern kam Tobias Mustermann nach Köln."));

        assertTrue(first.entities().stream().anyMatch(e -> e.id().equals("tobias-mustermann")), first.entities().toString());
        assertTrue(second.entities().stream().anyMatch(e -> e.id().equals("tobias-mustermann")), second.entities().toString());
        assertTrue(first.entities().stream().noneMatch(e -> e.lat() != null && !e.id().equals("muenster")),
                "only a place the knowledge base knows has a point: " + first.entities());
    }

    @Test
    void shouldTagNoParagraphThatIsNotNews() {
        EnrichedArticle article = article("Gipfel in Moskau", "Wladimir Putin empfängt Kim Jong-un im Kreml.");
        List<Paragraph> paragraphs = new ArrayList<>(article.paragraphs());
        paragraphs.add(new Paragraph(2, "Mondblüemli", "fp2", List.of(), "comment"));
        paragraphs.add(new Paragraph(3, "Assad in Damaskus: Gefängnis Saidnaya", "fp3", List.of(), "teaser"));
        paragraphs.add(new Paragraph(4, "Angela Merkel sprach in Berlin.", "fp4", List.of(), null));

        EnrichedArticle tagged = TAGGER.tag(new EnrichedArticle(1, "a", "a.txt", "Gipfel in Moskau", null, null,
                paragraphs, List.of(), List.of()));

        assertEquals(List.of(), mentions(tagged, 2));
        assertEquals(List.of(), mentions(tagged, 3));
        assertEquals("teaser", tagged.paragraphs().get(3).role(), "the role stays");
        assertTrue(tagged.entities().stream().noneMatch(e -> e.id().contains("assad") || e.id().contains("damaskus")),
                tagged.entities().toString());
        assertEquals(1, entity(tagged, "wladimir-putin").mentions());
        assertEquals(1, entity(tagged, "berlin").mentions(), "a paragraph without a role is tagged");
    }

    @Test
    void shouldLeaveAnArticleWithoutNamesWithoutEntities() {
        EnrichedArticle tagged = TAGGER.tag(article("ohne namen", "es regnet heute."));
        assertEquals(List.of(), tagged.entities());
    }

    @Test
    void shouldTagARevisedArticleAsAFreshTaggerWould() {
        EnrichedArticle whole = article("Gipfel in Moskau", "Wladimir Putin empfängt Kim Jong-un im Kreml.",
                "Putin lobte die Zusammenarbeit, Kim dankte für die Einladung nach Russland.");
        TAGGER.tag(whole);
        // a revision takes a paragraph away: here the one that names Putin in full
        EnrichedArticle revised = new EnrichedArticle(1, "a", "a.txt", "Gipfel in Moskau", null, null,
                List.of(whole.paragraphs().get(0), whole.paragraphs().get(2)), List.of(), List.of());

        EnrichedArticle fresh = new ArticleTagger(CoreNlpRecogniser.shared(), new Linker(KnowledgeBase.load(List.of())))
                .tag(revised);

        assertEquals(fresh, TAGGER.tag(revised));
    }

    private static List<String> mentions(EnrichedArticle article, int paragraph) {
        return article.paragraphs().get(paragraph).mentions().stream()
                .map(m -> m.text() + "/" + m.type() + "/" + m.entity() + (m.derived() ? "/derived" : ""))
                .toList();
    }

    private static Entity entity(EnrichedArticle article, String id) {
        return article.entities().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in " + article.entities()));
    }

    private static EnrichedArticle article(String... paragraphs) {
        List<Paragraph> kept = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            kept.add(new Paragraph(i, paragraphs[i], "fp" + i, List.of(), i == 0 ? "title" : "body"));
        }
        return new EnrichedArticle(1, "a", "a.txt", paragraphs[0], null, null, kept, List.of(), List.of());
    }
}
