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
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
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
    private static final Body BODY = new Body("a", 42, "a.txt", "Überschrift – „zitiert“", null, AT,
            List.of(Segment.distinct(0, "Überschrift", "f0"), new Segment(1, "Text ß mit\nZeilen", "f1", 0, "near", 0.8)), 13);

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

    /**
     * Format 1 as released, one value of each store: the bytes were written by the serdes as they were when
     * these tests were written. State kept on disk and in changelogs holds exactly such bytes; a change of the
     * format needs a new format byte, and these must still be read.
     */
    @Test
    void shouldReadTheStoreValuesOfTheReleasedFormat() {
        assertReads(InternalSerdes.FIRST_SEEN, "0101a0fa91b00daab4de7580a0abfef962", new FirstSeen(AT, 1_700_000_000_000L));
        assertReads(InternalSerdes.OWNERS, "0104610601a0fa91b00daab4de750a", new Owner("a", 3, AT, 5));
        assertReads(InternalSerdes.BAND_ENTRIES,
                "01046106046601a0fa91b00daab4de7506fffffffb0000000200000009080a32303234146b696d20707574696e0a",
                new Entry("a", 3, "f", AT, new Shingles(new int[] {-5, 2, 9}, 4, "2024", "kim putin"), 5));
        assertReads(InternalSerdes.PROGRESS, "01540100041866312f62333a313a323a3304620e0666311262333a313a323a33010104610801"
                + "3fe800000000000001a0fa91b00daab4de750666320462010666320002010461040001a0fa91b00daab4de75019a01",
                new Progress(42, -1, 0, new TreeMap<>(Map.of("f2", REVOKED, "f1/b3:1:2:3", NEAR)), true, 77));
        assertReads(InternalSerdes.PARTS, "010404620e0666311262333a313a323a330101046108013fe800000000000001a0fa91b00daab4de75",
                ArticlePart.of(NEAR));
        assertReads(InternalSerdes.PARTS, "01010461540c612e7478743ec39c6265727363687269667420e2809320e2809e7a697469657274e2809c"
                + "0001a0fa91b00daab4de7504001ac39c6265727363687269667406663000000002265465787420c39f206d69740a5a65696c656e"
                + "06663101000a6e656172013fe999999999999a1a", ArticlePart.of(BODY));
    }

    /**
     * The JSON that stores held before the binary format, one value of each store that kept its type: written
     * by the release before it (e0aa9c3). The band store held another type then; see the test below.
     */
    @Test
    void shouldStillReadTheJsonOfEarlierVersions() {
        assertReadsJson(InternalSerdes.OWNERS,
                "{\"articleId\":\"a\",\"index\":3,\"ingestedAt\":\"2026-11-22T01:00:00.123456789Z\",\"lastSeenMs\":5}",
                new Owner("a", 3, AT, 5));
        assertReadsJson(InternalSerdes.FIRST_SEEN,
                "{\"ingestedAt\":\"2026-11-22T01:00:00.123456789Z\",\"lastSeenMs\":1700000000000}",
                new FirstSeen(AT, 1_700_000_000_000L));
        assertReadsJson(InternalSerdes.PROGRESS, "{\"pass\":42,\"claims\":-1,\"received\":0,\"revoked\":{"
                + "\"f1/b3:1:2:3\":{\"kind\":\"verdict\",\"articleId\":\"b\",\"pass\":7,\"fingerprint\":\"f1\",\"band\":\"b3:1:2:3\","
                + "\"outcome\":\"DUPLICATE\",\"duplicateOf\":{\"articleId\":\"a\",\"index\":4},\"similarity\":0.75,"
                + "\"originalAt\":\"2026-11-22T01:00:00.123456789Z\"},"
                + "\"f2\":{\"kind\":\"verdict\",\"articleId\":\"b\",\"pass\":-1,\"fingerprint\":\"f2\",\"band\":null,"
                + "\"outcome\":\"REVOKED\",\"duplicateOf\":{\"articleId\":\"a\",\"index\":2},\"similarity\":null,"
                + "\"originalAt\":\"2026-11-22T01:00:00.123456789Z\"}},\"emitted\":true,\"touchedMs\":77}",
                new Progress(42, -1, 0, new TreeMap<>(Map.of("f2", REVOKED, "f1/b3:1:2:3", NEAR)), true, 77));
        assertReadsJson(InternalSerdes.PARTS, "{\"body\":null,\"verdict\":{\"kind\":\"verdict\",\"articleId\":\"b\",\"pass\":7,"
                + "\"fingerprint\":\"f1\",\"band\":\"b3:1:2:3\",\"outcome\":\"DUPLICATE\",\"duplicateOf\":{\"articleId\":\"a\",\"index\":4},"
                + "\"similarity\":0.75,\"originalAt\":\"2026-11-22T01:00:00.123456789Z\"}}", ArticlePart.of(NEAR));
        assertReadsJson(InternalSerdes.PARTS, "{\"body\":{\"kind\":\"body\",\"articleId\":\"a\",\"pass\":42,\"source\":\"a.txt\","
                + "\"title\":\"Überschrift – „zitiert“\",\"publishedAt\":null,\"ingestedAt\":\"2026-11-22T01:00:00.123456789Z\","
                + "\"segments\":[{\"index\":0,\"text\":\"Überschrift\",\"fingerprint\":\"f0\",\"repeatOf\":null,\"match\":null,"
                + "\"similarity\":null},{\"index\":1,\"text\":\"Text ß mit\\nZeilen\",\"fingerprint\":\"f1\",\"repeatOf\":0,"
                + "\"match\":\"near\",\"similarity\":0.8}],\"claims\":13},\"verdict\":null}", ArticlePart.of(BODY));
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

    /** The bytes, given in hex, read as the value; and the value written today as the same bytes. */
    private static <T> void assertReads(Serde<T> serde, String hex, T expected) {
        byte[] bytes = HexFormat.of().parseHex(hex);
        String type = expected.getClass().getSimpleName();
        assertEquals(asJson(expected), asJson(serde.deserializer().deserialize("t", bytes)), type + " read from " + hex);
        assertEquals(hex, HexFormat.of().formatHex(serde.serializer().serialize("t", expected)),
                type + " written in the released format");
    }

    private static <T> void assertReadsJson(Serde<T> serde, String json, T expected) {
        T read = serde.deserializer().deserialize("t", json.getBytes(StandardCharsets.UTF_8));
        assertEquals(asJson(expected), asJson(read), expected.getClass().getSimpleName() + " read from " + json);
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
