package dev.newsflow.enrich;

import static dev.newsflow.enrich.TopologyFixture.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.enrich.entities.EntityTagger;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.UnchangedArticle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the topology tells its listener (the metrics): every record read, and every record it emits, as emitted. */
class EnrichListenerTest {

    @TempDir
    Path stateDir;

    /** Remembers what it is told. */
    static final class Told implements EnrichListener {
        final List<Boolean> read = new CopyOnWriteArrayList<>();
        final List<EnrichedArticle> enriched = new CopyOnWriteArrayList<>();
        final List<UnchangedArticle> unchanged = new CopyOnWriteArrayList<>();

        @Override
        public void read(boolean article) {
            read.add(article);
        }

        @Override
        public void enriched(EnrichedArticle article) {
            enriched.add(article);
        }

        @Override
        public void unchanged(UnchangedArticle notice) {
            unchanged.add(notice);
        }
    }

    @Test
    void shouldTellEveryRecordReadAndEveryRecordEmitted() {
        Told told = new Told();
        try (TopologyFixture topology = new TopologyFixture(stateDir, EnrichConfig.defaults(), EntityTagger.disabled(), told)) {
            topology.feed("a", "Titel A\nNordkorea schickt Soldaten nach Russland.\nEin zweiter Absatz.", T0);
            topology.articles.pipeInput("broken", "{not json".getBytes(StandardCharsets.UTF_8), T0.plusSeconds(1));
            topology.feed("b", "Titel B\nNordkorea schickt Soldaten nach Russland.", T0.plusSeconds(2));

            List<EnrichedArticle> out = topology.enriched.readValuesToList();
            assertEquals(List.of(true, false, true), told.read, "two articles and one record that is none, in order");
            assertEquals(out, told.enriched, "each record emitted, as emitted");
            assertEquals(1, topology.deadLetters.readValuesToList().size());
            assertTrue(out.stream().anyMatch(article -> !article.duplicates().isEmpty()), "b repeats a paragraph of a");
        }
    }

    @Test
    void shouldTellAReplayAsUnchangedNotAsEnrichedAgain() {
        Told told = new Told();
        try (TopologyFixture topology = new TopologyFixture(stateDir, EnrichConfig.defaults(), EntityTagger.disabled(), told)) {
            String text = "Titel A\nNordkorea schickt Soldaten nach Russland.\nEin zweiter Absatz.";
            topology.feed("a", text, T0);
            topology.feed("a", text, T0.plusSeconds(60));
            topology.feed("a", text + "\nEin Absatz mehr.", T0.plusSeconds(120));

            List<EnrichedArticle> out = topology.enriched.readValuesToList();
            List<UnchangedArticle> notices = topology.unchanged.readValuesToList();
            assertEquals(List.of(true, true, true), told.read, "three articles read");
            assertEquals(2, out.size(), "the first and the revision are published, the replay not");
            assertEquals(out, told.enriched, "each record published, as published");
            assertEquals(notices, told.unchanged, "each notice, as sent");
            assertEquals(List.of("a"), told.unchanged.stream().map(UnchangedArticle::id).toList());
        }
    }
}
