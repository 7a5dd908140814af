package dev.newsflow.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsflow.model.Duplicate;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Entity;
import dev.newsflow.model.Paragraph;
import dev.newsflow.model.ParagraphRef;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WrittenTalliesTest {

    private static final long MINUTE = 60_000;

    @Test
    void foldsTheTalliesOfArticlesThatCanNoLongerBeRevisedAndCountsEachArticleOnce() {
        WrittenTallies watch = new WrittenTallies(Duration.ofHours(1));
        WrittenTallies kept = new WrittenTallies(null);
        List<List<EnrichedArticle>> files = new ArrayList<>();
        files.add(List.of(article("a", 3, "Q64"), article("b", 2, "Q64")));
        files.add(List.of(article("a", 4, "Q1726"))); // a revised: its latest version counts
        long[] at = {0, 10 * MINUTE};
        for (int i = 0; i < at.length; i++) {
            watch.written(files.get(i), i + 1, at[i]);
            kept.written(files.get(i), i + 1, at[i]);
        }
        assertEquals(2, watch.held());

        for (int n = 0; n < 50; n++) { // hours later, one article a minute
            List<EnrichedArticle> later = List.of(article("later-" + n, 1, "Q183"));
            watch.written(later, 3 + n, 3 * 60 * MINUTE + n * MINUTE);
            kept.written(later, 3 + n, 3 * 60 * MINUTE + n * MINUTE);
        }

        assertEquals(50, watch.held(), "a and b folded, the last hour's held");
        assertEquals(52, kept.held());
        TallyTotals folded = watch.totals();
        TallyTotals all = kept.totals();
        assertEquals(52, folded.articles());
        assertEquals(all.kept(), folded.kept());
        assertEquals(4 + 2 + 50, folded.kept());
        assertEquals(all.dropped(), folded.dropped());
        assertEquals(all.mostNamed(3), folded.mostNamed(3));
        assertEquals(List.of("Deutschland (50)", "Paris (1)", "Berlin (1)"), folded.mostNamed(3), "ties by id");
        assertEquals(0, watch.writeOf("a"), "folded: no longer waited for");
        assertEquals(2, kept.writeOf("a"));
    }

    private static EnrichedArticle article(String id, int kept, String entityId) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < kept; i++) {
            paragraphs.add(new Paragraph(i, "Absatz " + i, "f" + i, List.of(), "body"));
        }
        String name = switch (entityId) {
            case "Q64" -> "Berlin";
            case "Q1726" -> "Paris";
            default -> "Deutschland";
        };
        return new EnrichedArticle(EnrichedArticle.SCHEMA, id, id + ".txt", "Titel", null, Instant.EPOCH, paragraphs,
                List.of(new Duplicate(kept, "d", Duplicate.EXACT, null, new ParagraphRef(id, 0), "boilerplate")),
                List.of(new Entity(entityId, name, "LOC", 1)));
    }
}
