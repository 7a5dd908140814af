package dev.newsflow.enrich;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.enrich.ArticleScatter.FirstSeen;
import dev.newsflow.enrich.DedupEvent.BandClaim;
import dev.newsflow.enrich.DedupEvent.Body;
import dev.newsflow.enrich.DedupEvent.Claim;
import dev.newsflow.enrich.DedupEvent.Claims;
import dev.newsflow.enrich.DedupEvent.Outcome;
import dev.newsflow.enrich.DedupEvent.Segment;
import dev.newsflow.enrich.DedupEvent.Verdict;
import dev.newsflow.enrich.DedupEvent.Verdicts;
import dev.newsflow.enrich.NearCopyFinder.Entry;
import dev.newsflow.enrich.ParagraphOwnership.Owner;
import dev.newsflow.enrich.near.Shingles;
import dev.newsflow.model.Json;
import dev.newsflow.model.JsonSerde;
import dev.newsflow.model.ParagraphRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class InternalSerdesTest {

    private static final Instant AT = Instant.parse("2026-11-22T01:00:00.123456789Z");
    private static final Shingles SHINGLES = Shingles.of("Kim Jong-un traf in Pjöngjang 2024 den russischen Präsidenten Putin (Archivbild).");
    private static final Verdict NEAR = new Verdict("b", 7, "f1", "b3:1:2:3", Outcome.DUPLICATE,
            new ParagraphRef("a", 4), 0.75, AT);
    private static final Verdict REVOKED = new Verdict("b", -1, "f2", null, Outcome.REVOKED, new ParagraphRef("a", 2), null, AT);

    @Test
    void shouldReadBackEveryDedupEventAsWritten() {
        Body body = new Body("a", 42, "a.txt", "Überschrift – „zitiert“", null, AT,
                List.of(Segment.distinct(0, "Überschrift", "f0"),
                        new Segment(1, "Text ß\u00AD mit\nZeilen", "f1", 0, "near", 0.8)), 13);
        for (DedupEvent event : List.of(body, claims("a", SHINGLES), NEAR, REVOKED,
                new Verdicts("b", 7, List.of(NEAR, new Verdict("b", 7, "f3", null, Outcome.DUPLICATE,
                        new ParagraphRef("a", 1), null, AT))),
                new Verdicts("c", 0, List.of()))) {
            assertRoundTrip(InternalSerdes.EVENTS, event);
        }
    }

    @Test
    void shouldReadBackTheWordHashesThatBandClaimsShare() {
        Shingles other = Shingles.of("Ein ganz anderer Absatz mit anderen Wörtern über Seoul und Tokio im Jahr 2025.");
        Claims batch = new Claims("a", 42, AT, 3, List.of(), List.of(
                new BandClaim(1, "f1", "b0:1:2:3", SHINGLES),
                new BandClaim(1, "f1", "b5:1:2:3", SHINGLES),
                new BandClaim(2, "f2", "b1:1:2:3", other)), List.of());

        Claims read = (Claims) InternalSerdes.EVENTS.deserializer().deserialize("t",
                InternalSerdes.EVENTS.serializer().serialize("t", batch));

        assertEquals(asJson(batch), asJson(read));
        assertTrue(read.near().get(0).shingles() == read.near().get(1).shingles(), "read once for the paragraph");
    }

    @Test
    void shouldReadBackEveryStoreValueAsWritten() {
        assertRoundTrip(InternalSerdes.FIRST_SEEN, new FirstSeen(AT, 1_700_000_000_000L));
        assertRoundTrip(InternalSerdes.OWNERS, new Owner("a", 3, AT, 5));
        assertRoundTrip(InternalSerdes.BAND_ENTRIES, new Entry("a", 1, "f1", AT, SHINGLES, 9));
        assertRoundTrip(InternalSerdes.BAND_ENTRIES, new Entry("b", 2, "f2", AT, Shingles.of(""), 10));
        Map<String, Verdict> revoked = new TreeMap<>(Map.of("f2", REVOKED, "f1/b3:1:2:3", NEAR));
        assertRoundTrip(InternalSerdes.PROGRESS, new Progress(42, -1, 0, revoked, true, 77));
        assertRoundTrip(InternalSerdes.PARTS, ArticlePart.of(NEAR));
    }

    @Test
    void shouldStillReadTheJsonOfEarlierVersions() {
        Owner owner = new Owner("a", 3, AT, 5);
        byte[] json = JsonSerde.of(Owner.class).toBytes(owner);

        Owner read = InternalSerdes.OWNERS.deserializer().deserialize("t", json);

        assertEquals(owner, read);
    }

    @Test
    void shouldStillReadTheJsonOfABandEntryWhoseWordsWereARecord() {
        // as Shingles was a record, Jackson wrote its four fields by name
        String json = "{\"articleId\":\"a\",\"index\":3,\"fingerprint\":\"f\",\"ingestedAt\":\"2026-11-22T01:00:00.123456789Z\","
                + "\"shingles\":{\"hashes\":[-5,2,9],\"words\":4,\"numbers\":\"2024\",\"names\":\"kim putin\"},\"lastSeenMs\":5}";

        Entry read = InternalSerdes.BAND_ENTRIES.deserializer().deserialize("t", json.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertEquals(new Entry("a", 3, "f", AT, new Shingles(new int[] {-5, 2, 9}, 4, "2024", "kim putin"), 5), read);
    }

    @Test
    void shouldBeFarSmallerThanJson() {
        Claims claims = claims("gen-000001", SHINGLES);

        int binary = InternalSerdes.EVENTS.serializer().serialize("t", claims).length;
        int json = JsonSerde.of(DedupEvent.class).toBytes(claims).length;

        assertTrue(binary * 3 < json, binary + " bytes against " + json + " as JSON");
    }

    private static Claims claims(String articleId, Shingles shingles) {
        String fingerprint = "6a058f7caf5c47890c2d063a4998ad2e";
        return new Claims(articleId, 42, AT, 7, List.of(new Claim(0, "f0")),
                List.of(new BandClaim(1, fingerprint, "b0:ff:1:2", shingles),
                        new BandClaim(1, fingerprint, "b4:ff:1:2", shingles)),
                List.of());
    }

    @Test
    void shouldRefuseAValueCutShort() {
        byte[] bytes = InternalSerdes.EVENTS.serializer().serialize("t", NEAR);
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 3);

        assertThrows(SerializationException.class, () -> InternalSerdes.EVENTS.deserializer().deserialize("t", cut));
    }

    private static <T> void assertRoundTrip(Serde<T> serde, T value) {
        byte[] bytes = serde.serializer().serialize("t", value);
        T read = serde.deserializer().deserialize("t", bytes);
        assertEquals(asJson(value), asJson(read), value.getClass().getSimpleName());
        assertArrayEquals(bytes, serde.serializer().serialize("t", read), "written again the same");
    }

    /** Records holding word hashes (an array) compare by identity; their JSON compares by value. */
    private static String asJson(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
