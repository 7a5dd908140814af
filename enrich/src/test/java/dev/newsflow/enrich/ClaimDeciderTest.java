package dev.newsflow.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsflow.enrich.DedupEvent.Claim;
import dev.newsflow.enrich.DedupEvent.Claims;
import dev.newsflow.enrich.DedupEvent.Outcome;
import dev.newsflow.enrich.DedupEvent.Verdict;
import dev.newsflow.enrich.DedupEvent.Verdicts;
import dev.newsflow.model.ParagraphRef;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deciding stage on one partition, batch by batch: here, what it says of lines on a site. */
class ClaimDeciderTest {

    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
    private static final String LINE = Recurrence.key("tagblatt.example", Fingerprinter.fingerprint("Mehr zum Thema"));

    @TempDir
    Path directory;

    private MockProcessorContext<String, DedupEvent> context;
    private ClaimIndex index;
    private ClaimDecider decider;

    @BeforeEach
    void start() {
        context = new MockProcessorContext<>();
        for (String name : List.of(EnrichTopology.BATCHES_STORE, EnrichTopology.BATCH_WRITES_STORE)) {
            KeyValueStore<String, ?> store = name.equals(EnrichTopology.BATCHES_STORE)
                    ? Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), InternalSerdes.BATCHES)
                            .withLoggingDisabled().build()
                    : Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), Serdes.Long())
                            .withLoggingDisabled().build();
            store.init(context.getStateStoreContext(), store);
            context.addStateStore(store);
        }
        index = new ClaimIndex(EnrichTopology.CLAIM_INDEX_STORE, 512);
        index.open(directory.resolve("index"));
        context.addStateStore(index);
        decider = new ClaimDecider(EnrichConfig.defaults());
        decider.init(context);
    }

    @AfterEach
    void stop() {
        index.close();
    }

    @Test
    void shouldSayThatALineRecursFromTheThirdArticleOfItsSiteOn() {
        assertEquals(List.of(), decide("a", 0, 1, 4));
        assertEquals(List.of(), decide("b", 1, 1, 2));
        assertEquals(List.of(Verdict.recurs("c", 1, LINE, 7)), decide("c", 2, 1, 7));
        assertEquals(List.of(Verdict.recurs("d", 1, LINE, 0)), decide("d", 3, 1, 0));
        assertEquals(new ParagraphRef("c", 7), Verdict.recurs("c", 1, LINE, 7).duplicateOf(), "the paragraph that has the line");
    }

    @Test
    void shouldNotCountAReplayOfTheSameArticle() {
        for (int pass = 1; pass <= 4; pass++) {
            assertEquals(List.of(), decide("a", 0, pass, 4), "pass " + pass);
        }
        assertEquals(List.of(), decide("b", 1, 1, 4), "the second article");
    }

    /** Only the articles before it count, whenever they arrive: a replay is told what it was told the first time. */
    @Test
    void shouldCountOnlyTheArticlesThatComeBeforeIt() {
        assertEquals(List.of(), decide("c", 2, 1, 5), "first to arrive, and nothing before it yet");
        assertEquals(List.of(), decide("d", 3, 1, 5), "one article before it");
        assertEquals(List.of(), decide("a", 0, 1, 5), "the first of the site, arriving late");
        assertEquals(List.of(), decide("a", 0, 2, 5), "replayed, still the first");
        assertEquals(List.of(), decide("b", 1, 1, 5), "the second");
        assertEquals(List.of(Verdict.recurs("c", 2, LINE, 5)), decide("c", 2, 2, 5),
                "replayed once the two before it arrived: it learns it now");
    }

    /** The verdicts of one batch of an article claiming the line, ingested {@code second}s after T0. */
    private List<Verdict> decide(String articleId, int second, long pass, int paragraph) {
        Claims batch = new Claims(articleId, pass, T0.plusSeconds(second), 0, List.of(), List.of(), List.of(), 1, 1, null,
                List.of(), List.of(new Claim(paragraph, LINE)));
        context.resetForwards();
        decider.process(new Record<>(articleId, batch, T0.plusSeconds(second).toEpochMilli()));
        List<Verdict> verdicts = context.forwarded().stream().map(forwarded -> forwarded.record().value())
                .filter(Verdicts.class::isInstance).map(Verdicts.class::cast).flatMap(v -> v.verdicts().stream()).toList();
        verdicts.forEach(verdict -> assertEquals(Outcome.RECURS, verdict.outcome()));
        return verdicts;
    }
}
