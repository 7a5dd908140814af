package dev.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Entity;
import dev.newsflow.model.Mention;
import dev.newsflow.model.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the real German model. */
class ArticleTaggerTest {

    private static final ArticleTagger TAGGER =
            new ArticleTagger(CoreNlpRecogniser.shared(), new Linker(KnowledgeBase.load(List.of())));

    @Test
    void shouldTagAndLinkMentionsWithOffsetsIntoTheirParagraph() {
        EnrichedArticle article = article(
                "Wladimir Putin empfängt Kim Jong-un in Moskau",
                "Der Kremlchef lobte die Zusammenarbeit. Putins Sprecher Dmitri Peskow bestätigte das Treffen mit Kim Jong Un.");

        EnrichedArticle tagged = TAGGER.tag(article);

        for (Paragraph paragraph : tagged.paragraphs()) {
            for (Mention mention : paragraph.mentions()) {
                assertEquals(mention.text(), paragraph.text().substring(mention.start(), mention.end()));
            }
        }
        Entity putin = entity(tagged, "wladimir-putin");
        assertEquals(2, putin.mentions(), "'Wladimir Putin' and the genitive 'Putins'");
        assertEquals(2, entity(tagged, "kim-jong-un").mentions(), "'Kim Jong-un' and 'Kim Jong Un'");
        assertEquals("LOC", entity(tagged, "moskau").type());
        List<Integer> counts = tagged.entities().stream().map(Entity::mentions).toList();
        assertEquals(counts.stream().sorted(java.util.Comparator.reverseOrder()).toList(), counts, "ordered by mention count");
    }

    @Test
    void shouldGiveAnUnknownNameAStableIdOfItsOwn() {
        EnrichedArticle tagged = TAGGER.tag(article("Titel", "Der Landrat Tobias Schibilla sprach in Münster."));
        assertTrue(tagged.entities().stream().anyMatch(e -> e.id().equals("tobias-schibilla")), tagged.entities().toString());
    }

    @Test
    void shouldLeaveAnArticleWithoutNamesWithoutEntities() {
        EnrichedArticle tagged = TAGGER.tag(article("ohne namen", "es regnet heute."));
        assertEquals(List.of(), tagged.entities());
    }

    private static Entity entity(EnrichedArticle article, String id) {
        return article.entities().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in " + article.entities()));
    }

    private static EnrichedArticle article(String... paragraphs) {
        List<Paragraph> kept = new java.util.ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            kept.add(new Paragraph(i, paragraphs[i], "fp" + i, List.of()));
        }
        return new EnrichedArticle(1, "a", "a.txt", paragraphs[0], null, null, kept, List.of(), List.of());
    }
}
