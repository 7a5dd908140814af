package dev.newsflow.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.enrich.DedupEvent.Body;
import dev.newsflow.enrich.DedupEvent.Claims;
import dev.newsflow.enrich.roles.Role;
import dev.newsflow.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

/** What the scatter sends on: the body that reaches the gather carries the roles, decided here once. */
class ArticleScatterTest {

    private static final int PARTITIONS = 4;

    @Test
    void shouldSendTheBodyWithTheRoleOfEachParagraph() throws IOException {
        List<DedupEvent> sent = scatter(article003(), partitionOf("003") + 1);

        Body body = sent.stream().map(event -> event instanceof Claims batch ? batch.body() : null)
                .filter(Objects::nonNull).findFirst().orElse(null);
        assertNotNull(body, "read from a partition the verdicts do not come back to: one batch carries the body");
        List<Role> roles = body.roles();
        assertEquals(ArticleRoles.classify(texts(body), "text/plain", null), roles);
        assertEquals(Role.BOILERPLATE, roles.get(0), "the section label above the headline");
        assertEquals(Role.COMMENT, roles.get(Segmenter.segment(article003().text()).indexOf("Mondblüemli")));
    }

    /** Read from the partition the verdicts come back to, the body goes to the gather without crossing Kafka. */
    @Test
    void shouldKeepTheBodyOnThePartitionItsVerdictsComeBackTo() throws IOException {
        List<DedupEvent> sent = scatter(article003(), partitionOf("003"));

        List<Body> bodies = sent.stream().filter(Body.class::isInstance).map(Body.class::cast).toList();
        List<Claims> batches = sent.stream().filter(Claims.class::isInstance).map(Claims.class::cast).toList();
        assertEquals(1, bodies.size());
        assertTrue(ArticleScatter.staysHere(bodies.get(0)));
        assertEquals(batches.size(), bodies.get(0).claims(), "it says how many batches of verdicts to wait for");
        assertTrue(batches.stream().allMatch(batch -> batch.body() == null && batch.batches() == batches.size()));
        assertEquals(ArticleRoles.classify(texts(bodies.get(0)), "text/plain", null), bodies.get(0).roles());
    }

    /** An article with a site claims each of its distinct short lines on the site, in the batch of the key's partition. */
    @Test
    void shouldClaimTheShortLinesOfAnArticleOnItsSite() throws IOException {
        Article article = article003("https://www.watson.example/international/003");
        List<DedupEvent> sent = scatter(article, partitionOf("003"));

        List<Claims> batches = sent.stream().filter(Claims.class::isInstance).map(Claims.class::cast).toList();
        List<DedupEvent.Segment> segments = sent.stream().filter(Body.class::isInstance).map(Body.class::cast).findFirst()
                .orElseThrow().segments();
        List<DedupEvent.Claim> expected = segments.stream()
                .filter(segment -> !segment.isRepeat() && segment.text().length() <= Recurrence.MAX_CHARS)
                .map(segment -> new DedupEvent.Claim(segment.index(), Recurrence.key("watson.example", segment.fingerprint())))
                .sorted(java.util.Comparator.comparing(DedupEvent.Claim::index)).toList();
        List<DedupEvent.Claim> claimed = batches.stream().flatMap(batch -> batch.recurring().stream())
                .sorted(java.util.Comparator.comparing(DedupEvent.Claim::index)).toList();
        assertEquals(expected, claimed);
        assertTrue(claimed.size() > 40 && claimed.size() < segments.size(), claimed.size() + " of " + segments.size()
                + ": the long paragraphs and the repeats are not claimed");
        for (Claims batch : batches) {
            batch.recurring().forEach(claim -> assertEquals(ClaimPartitions.of(claim.fingerprint(), PARTITIONS), batch.group()));
        }
    }

    @Test
    void shouldClaimNoLinesOfAnArticleWithoutASite() throws IOException {
        List<DedupEvent> sent = scatter(article003(), partitionOf("003"));

        assertTrue(sent.stream().filter(Claims.class::isInstance).map(Claims.class::cast).allMatch(batch -> batch.recurring().isEmpty()));
    }

    private static List<String> texts(Body body) {
        return body.segments().stream().map(DedupEvent.Segment::text).toList();
    }

    private static int partitionOf(String articleId) {
        return Utils.toPositive(Utils.murmur2(articleId.getBytes(StandardCharsets.UTF_8))) % PARTITIONS;
    }

    private static Article article003() throws IOException {
        return article003("003.txt");
    }

    private static Article article003(String source) throws IOException {
        String text = Files.readString(Path.of("../corpus/003_b4d41754e5c68a6e.txt"));
        return new Article("003", source, "International", text, null, Instant.parse("2026-12-01T08:00:00Z"),
                "text/plain");
    }

    private static List<DedupEvent> scatter(Article article, int readFrom) {
        ClaimPartitions partitions = new ClaimPartitions();
        partitions.partitions("claims", "k", null, PARTITIONS); // as after the first record routed
        MockProcessorContext<String, DedupEvent> context = new MockProcessorContext<>();
        KeyValueStore<String, ArticleScatter.FirstSeen> firstSeen = Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(EnrichTopology.FIRST_SEEN_STORE), Serdes.String(), InternalSerdes.FIRST_SEEN)
                .withLoggingDisabled().build();
        firstSeen.init(context.getStateStoreContext(), firstSeen);
        context.addStateStore(firstSeen);
        context.setRecordMetadata("newsflow.articles", readFrom % PARTITIONS, 7);
        ArticleScatter scatter = new ArticleScatter(EnrichConfig.defaults(), partitions);
        scatter.init(context);

        scatter.process(new Record<>(article.id(), article, article.ingestedAt().toEpochMilli()));

        return context.forwarded().stream().<DedupEvent>map(forwarded -> forwarded.record().value()).toList();
    }
}
