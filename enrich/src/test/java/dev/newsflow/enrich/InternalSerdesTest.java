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
import dev.newsflow.enrich.DedupEvent.Revocations;
import dev.newsflow.enrich.DedupEvent.Segment;
import dev.newsflow.enrich.DedupEvent.Verdict;
import dev.newsflow.enrich.DedupEvent.Verdicts;
import dev.newsflow.enrich.EmitOnChange.LastEmitted;
import dev.newsflow.enrich.near.MinHash;
import dev.newsflow.enrich.near.Shingles;
import dev.newsflow.enrich.roles.Role;
import dev.newsflow.model.Json;
import dev.newsflow.model.JsonSerde;
import dev.newsflow.model.Markup;
import dev.newsflow.model.ParagraphRef;
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

    private static final List<Segment> SEGMENTS = List.of(Segment.distinct(0, "Überschrift", "f0"),
            new Segment(1, "Text ß\u00AD mit\nZeilen", "f1", 0, "near", 0.8));
    private static final Body BODY = new Body("a", 42, "a.txt", "Überschrift – „zitiert“", null, AT, SEGMENTS, 13, "text/plain");
    /** As the format before bodies carried the content type reads back. */
    private static final Body BODY_OF_FORMAT_1 = new Body("a", 42, "a.txt", "Überschrift – „zitiert“", null, AT, SEGMENTS, 13, null);
    /** A body whose segments carry sentence keys, as format 3 writes them. */
    private static final Body BODY_WITH_SENTENCES = new Body("a", 42, "a.txt", "Überschrift", null, AT,
            List.of(Segment.distinct(0, "Überschrift", "f0"),
                    Segment.distinct(1, "Ein Satz mit genug Wörtern für eine Nachricht. Noch einer mit sechs Wörtern hier.", "f1",
                            Sentences.keys("Ein Satz mit genug Wörtern für eine Nachricht. Noch einer mit sechs Wörtern hier.")),
                    new Segment(2, "Kopie", "f2", 1, "near", 0.9, List.of("6a058f7caf5c47890c2d063a4998ad2e", "s-not-hex"))),
            2, "text/plain");
    /** A body that carries the role of each paragraph, as format 4 writes it. */
    private static final Body BODY_WITH_ROLES = new Body(BODY_WITH_SENTENCES.articleId(), 42, "a.txt", "Überschrift", null, AT,
            BODY_WITH_SENTENCES.segments(), 2, "text/plain", List.of(Role.TITLE, Role.BODY, Role.TEASER));

    /** A body that carries a web page's markup, as format 5 writes it. */
    private static final Body BODY_WITH_MARKUP = new Body(BODY_WITH_SENTENCES.articleId(), 42, "https://example.org/a",
            "Überschrift", null, AT, BODY_WITH_SENTENCES.segments(), 2, "text/html", List.of(Role.HEADING, Role.BODY, Role.BODY),
            java.util.Arrays.asList(Markup.HEADING, null, Markup.LIST_ITEM));
    private static final Verdict RECURS = Verdict.recurs("b", 7, "0123456789abcdef0123456789abcdef", 5);

    @Test
    void shouldReadBackEveryDedupEventAsWritten() {
        for (DedupEvent event : List.of(BODY, BODY_WITH_SENTENCES, BODY_WITH_ROLES, claims("a", SHINGLES).with(3, BODY_WITH_ROLES), claims("a", SHINGLES), claims("a", SHINGLES).with(3, BODY),
                new Claims("a", 42, AT, 7, List.of(), List.of(), List.of(), 8, 3, null,
                        List.of(new Claim(1, "6a058f7caf5c47890c2d063a4998ad2e"), new Claim(2, "not-hex"))),
                claims("a", SHINGLES).with(3, BODY_WITH_SENTENCES), NEAR, REVOKED, RECURS, BODY_WITH_MARKUP,
                new Claims("a", 42, AT, 7, List.of(), List.of(), List.of(), 8, 3, BODY_WITH_MARKUP, List.of(),
                        List.of(new Claim(1, "6a058f7caf5c47890c2d063a4998ad2e"), new Claim(2, "not-hex"))),
                new Verdicts("b", 7, List.of(NEAR, RECURS), 2, null),
                new Verdicts("b", 7, List.of(NEAR, new Verdict("b", 7, "f3", null, Outcome.DUPLICATE,
                        new ParagraphRef("a", 1), null, AT))),
                new Verdicts("b", 7, List.of(NEAR), 4, BODY),
                new Verdicts("c", 0, List.of()),
                new Revocations("b", List.of(REVOKED, new Verdict("b", -1, "f1", "b3:1:2:3", Outcome.REVOKED,
                        new ParagraphRef("a", 4), 0.75, AT))))) {
            assertRoundTrip(InternalSerdes.EVENTS, event);
        }
    }

    @Test
    void shouldReadBackTheWordHashesThatBandClaimsShare() {
        Shingles other = Shingles.of("Ein ganz anderer Absatz mit anderen Wörtern über Seoul und Tokio im Jahr 2025.");
        Claims batch = new Claims("a", 42, AT, 3, List.of(), List.of(
                new BandClaim(1, "f1", "b0:1:2:3", SHINGLES),
                new BandClaim(1, "f1", "b5:1:2:3", SHINGLES),
                new BandClaim(2, "f2", "b1:1:2:3", other)), List.of(), 4, 2, null);

        Claims read = (Claims) InternalSerdes.EVENTS.deserializer().deserialize("t",
                InternalSerdes.EVENTS.serializer().serialize("t", batch));

        assertEquals(asJson(batch), asJson(read));
        assertTrue(read.near().get(0).shingles() == read.near().get(1).shingles(), "read once for the paragraph");
    }

    @Test
    void shouldStoreABatchReadFromTheTopicAsTheBatchesStoreWritesIt() {
        Shingles other = Shingles.of("Ein ganz anderer Absatz mit anderen Wörtern über Seoul und Tokio im Jahr 2025.");
        Claims batch = new Claims("a", 42, AT, 3, List.of(new Claim(0, "f0")), List.of(
                new BandClaim(1, "f1", "b0:1:2:3", SHINGLES),
                new BandClaim(2, "f2", "b1:1:2:3", other)), List.of(), 4, 2, null, List.of(new Claim(1, "s1")),
                List.of(new Claim(0, "r0")));
        byte[] encoded = InternalSerdes.BATCHES.serializer().serialize("t", batch);
        Claims received = (Claims) InternalSerdes.EVENTS.deserializer().deserialize("t",
                InternalSerdes.EVENTS.serializer().serialize("t", batch));

        byte[] stored = InternalSerdes.BATCHES.serializer().serialize("t", received);

        assertArrayEquals(encoded, stored);
        assertEquals(asJson(batch), asJson(InternalSerdes.BATCHES.deserializer().deserialize("t", stored)));
        // once stored, the same batch is encoded as any other
        assertArrayEquals(encoded, InternalSerdes.BATCHES.serializer().serialize("t", received));
    }

    @Test
    void shouldReadBackEveryStoreValueAsWritten() {
        assertRoundTrip(InternalSerdes.FIRST_SEEN, new FirstSeen(AT, 1_700_000_000_000L));
        assertRoundTrip(InternalSerdes.LAST_EMITTED, new LastEmitted("6a058f7caf5c47890c2d063a4998ad2e", 1_700_000_000_000L));
        assertRoundTrip(InternalSerdes.BATCHES, claims("a", SHINGLES));
        assertRoundTrip(InternalSerdes.BATCHES, new Claims("b", 2, AT, 0, List.of(new Claim(2, "f2")),
                List.of(new BandClaim(3, "f3", "b1:1:2:3", Shingles.of(""))), List.of(), 1, 1, null));
        Map<String, Verdict> revoked = new TreeMap<>(Map.of("f2", REVOKED, "f1/b3:1:2:3", NEAR));
        assertRoundTrip(InternalSerdes.GATHERINGS, new Gathering(42, false, -1, 0, new TreeMap<>(), revoked, true, 77, null));
        assertRoundTrip(InternalSerdes.GATHERINGS, new Gathering(42, true, 3, 2,
                new TreeMap<>(Map.of(NEAR.claimKey(), NEAR)), new TreeMap<>(), false, 78, null));
        for (Body body : List.of(BODY, BODY_WITH_SENTENCES, BODY_WITH_ROLES, BODY_WITH_MARKUP)) {
            assertRoundTrip(InternalSerdes.BODIES, body);
        }
        assertRoundTrip(InternalSerdes.WORD_SETS, SHINGLES);
        assertRoundTrip(InternalSerdes.WORD_SETS, Shingles.of("Ja ja ja ja ja ja. Ja ja ja ja ja ja. Und dann kam er nicht wieder."));
    }

    @Test
    void shouldKeepTheWordsOfEachSentenceThatCarriesNews() {
        assertEquals(1, SHINGLES.sentences().length);
        Shingles read = InternalSerdes.WORD_SETS.deserializer().deserialize("t",
                InternalSerdes.WORD_SETS.serializer().serialize("t", SHINGLES));
        assertArrayEquals(SHINGLES.sentences()[0], read.sentences()[0]);
    }

    @Test
    void shouldReadBackFingerprintsAndBandKeysWhetherTheyAreWrittenCompactOrNot() {
        String fingerprint = Fingerprinter.fingerprint("Ein Absatz.");
        Claims batch = new Claims("a", 1, AT, 0, List.of(new Claim(0, fingerprint), new Claim(1, "F00"),
                new Claim(2, "0123456789abcdef0123456789ABCDEF")), List.of(
                new BandClaim(3, fingerprint, MinHash.bandKeys(SHINGLES).get(0), SHINGLES),
                new BandClaim(3, fingerprint, "b1:01:2:3", SHINGLES), // a leading zero: kept as text
                new BandClaim(4, "other", "b9:ffffffff:0:80000000", SHINGLES),
                new BandClaim(4, "other", "x", SHINGLES),
                new BandClaim(4, "other", "b1:1:2", SHINGLES),
                new BandClaim(4, "other", "b1:1:2:3:4", SHINGLES),
                new BandClaim(4, "other", "b1:1:2:A", SHINGLES),
                new BandClaim(4, "other", "b1:1::3", SHINGLES),
                new BandClaim(4, "other", "b1:123456789:2:3", SHINGLES)), List.of(), 1, 1, null);

        assertRoundTrip(InternalSerdes.BATCHES, batch);
    }

    /**
     * The format of each store value as this layout writes it, byte for byte: state kept on disk
     * and in changelogs holds exactly such bytes, so a change of the format needs a new format
     * byte, and these must still be read.
     */
    @Test
    void shouldWriteAndReadTheStoreValuesOfTheReleasedFormat() {
        assertWritesAndReads(InternalSerdes.FIRST_SEEN, "0501a0fa91b00daab4de7580a0abfef962", new FirstSeen(AT, 1_700_000_000_000L));
        assertWritesAndReads(InternalSerdes.LAST_EMITTED, "05016a058f7caf5c47890c2d063a4998ad2e80a0abfef962",
                new LastEmitted("6a058f7caf5c47890c2d063a4998ad2e", 1_700_000_000_000L));
        // the claims on lines on the site after the sentence claims (04 08 01 ...: two, by paragraphs
        // 4 and 5, a compact key and one as text)
        assertWritesAndReads(InternalSerdes.BATCHES, BATCH_HEX_OF_FORMAT_5, new Claims("b", 2, AT, 0, List.of(new Claim(2, "f2")),
                List.of(new BandClaim(3, "f3", "b1:1:2:3", new Shingles(new int[] {-5, 2, 9}, 4, "2024", "kim putin",
                        new int[][] {{0, 2}, {}}))), List.of(), 1, 1, null,
                List.of(new Claim(3, "6a058f7caf5c47890c2d063a4998ad2e")),
                List.of(new Claim(4, "0123456789abcdef0123456789abcdef"), new Claim(5, "r-not-hex"))));
        // a verdict's key as a fingerprint is written (01 and 16 bytes, or 00 and text: "f1", "f2");
        // a verdict that a line recurs: outcome 03, the paragraph it is about as its duplicateOf, no time
        assertWritesAndReads(InternalSerdes.GATHERINGS, GATHERING_HEX_OF_FORMAT_5, new Gathering(42, true, 3, 2,
                new TreeMap<>(Map.of(NEAR.claimKey(), NEAR, RECURS.claimKey(), RECURS)),
                new TreeMap<>(Map.of("f2", REVOKED)), false, 78, null));
        // the body's markup after its roles (06 01 00 03: three, heading, none, list item; a label's ordinal + 1)
        assertWritesAndReads(InternalSerdes.BODIES, BODY_HEX_OF_FORMAT_5, BODY_WITH_MARKUP);
    }

    private static final String BATCH_HEX_OF_FORMAT_5 = "0504620401a0fa91b00daab4de750002020204000666320200060006663306fffffffb0000000200000009080a32303234146b696d2070"
            + "7574696e0404020400010100000001000000020000000300000206016a058f7caf5c47890c2d063a4998ad2e0408010123456789abcdef0123456789abcdef0a0014722d6e6f742d686578";
    private static final String GATHERING_HEX_OF_FORMAT_5 = "05540106040404620e010123456789abcdef0123456789abcdef00030104620a000004620e000666311262333a313a323a330101046108"
            + "013fe800000000000001a0fa91b00daab4de7502046201000666320002010461040001a0fa91b00daab4de75009c01";
    private static final String BODY_HEX_OF_FORMAT_5 = "050461542c68747470733a2f2f6578616d706c652e6f72672f611ac39c626572736368726966740001a0fa91b00daab4de7506001ac39c"
            + "626572736368726966740666300000000002aa0145696e205361747a206d69742067656e75672057c3b6727465726e2066c3bc72206569"
            + "6e65204e61636872696368742e204e6f63682065696e6572206d69742073656368732057c3b6727465726e20686965722e066631000000"
            + "0401d16e1677636ce42702c83f8bf25df8e301f2d5f44819d88b4f785a977c356d99dd040c4b6f70696506663201020a6e656172013fec"
            + "cccccccccccd04016a058f7caf5c47890c2d063a4998ad2e0014732d6e6f742d6865780414746578742f68746d6c0601020206010003";

    /** Format 4, before lines on a site were counted: state and topics written by it are still read, as knowing none. */
    @Test
    void shouldReadTheStoreValuesOfTheFormatBeforeRecurringLines() {
        assertReads(InternalSerdes.FIRST_SEEN, "0401a0fa91b00daab4de7580a0abfef962", new FirstSeen(AT, 1_700_000_000_000L));
        assertReads(InternalSerdes.LAST_EMITTED, "04016a058f7caf5c47890c2d063a4998ad2e80a0abfef962",
                new LastEmitted("6a058f7caf5c47890c2d063a4998ad2e", 1_700_000_000_000L));
        // the word set's sentences (04 04 02 04 00: two, the first of indexes 0 and 2), then the
        // sentence claims after the (absent) body (02 06 01 ...: one, by paragraph 3, on a compact key)
        assertReads(InternalSerdes.BATCHES, BATCH_HEX, new Claims("b", 2, AT, 0, List.of(new Claim(2, "f2")),
                List.of(new BandClaim(3, "f3", "b1:1:2:3", new Shingles(new int[] {-5, 2, 9}, 4, "2024", "kim putin",
                        new int[][] {{0, 2}, {}}))), List.of(), 1, 1, null,
                List.of(new Claim(3, "6a058f7caf5c47890c2d063a4998ad2e"))));
        // no body in a gathering any more, only whether it arrived (01 after the pass)
        assertReads(InternalSerdes.GATHERINGS, GATHERING_HEX, new Gathering(42, true, 3, 2,
                new TreeMap<>(Map.of(NEAR.claimKey(), NEAR)), new TreeMap<>(Map.of("f2", REVOKED)), false, 78, null));
        // the body's roles after its content type (06 00 02 07: three, title, body, teaser), no markup
        assertReads(InternalSerdes.BODIES, BODY_HEX, BODY_WITH_ROLES);
    }

    private static final String GATHERING_HEX = "04540106040204620e0666311262333a313a323a330101046108013fe800000000000001a0fa91b00daab4de7502046201066632000201"
            + "0461040001a0fa91b00daab4de75009c01";
    private static final String BODY_HEX = "040461540c612e7478741ac39c626572736368726966740001a0fa91b00daab4de7506001ac39c62657273636872696674066630000000"
            + "0002aa0145696e205361747a206d69742067656e75672057c3b6727465726e2066c3bc722065696e65204e61636872696368742e204e6f"
            + "63682065696e6572206d69742073656368732057c3b6727465726e20686965722e0666310000000401d16e1677636ce42702c83f8bf25d"
            + "f8e301f2d5f44819d88b4f785a977c356d99dd040c4b6f70696506663201020a6e656172013feccccccccccccd04016a058f7caf5c4789"
            + "0c2d063a4998ad2e0014732d6e6f742d6865780416746578742f706c61696e06000207";

    /** Format 3, before bodies carried roles: state and topics written by it are still read, as having none. */
    @Test
    void shouldReadTheStoreValuesOfTheFormatBeforeRoles() {
        assertReads(InternalSerdes.FIRST_SEEN, "0301a0fa91b00daab4de7580a0abfef962", new FirstSeen(AT, 1_700_000_000_000L));
        assertReads(InternalSerdes.BATCHES, BATCH_HEX_OF_FORMAT_3, new Claims("b", 2, AT, 0, List.of(new Claim(2, "f2")),
                List.of(new BandClaim(3, "f3", "b1:1:2:3", new Shingles(new int[] {-5, 2, 9}, 4, "2024", "kim putin",
                        new int[][] {{0, 2}, {}}))), List.of(), 1, 1, null,
                List.of(new Claim(3, "6a058f7caf5c47890c2d063a4998ad2e"))));
        assertReads(InternalSerdes.GATHERINGS, GATHERING_HEX_OF_FORMAT_3, new Gathering(42, true, 3, 2,
                new TreeMap<>(Map.of(NEAR.claimKey(), NEAR)), new TreeMap<>(Map.of("f2", REVOKED)), false, 78,
                BODY_WITH_SENTENCES));
    }

    private static final String BATCH_HEX_OF_FORMAT_3 = "0304620401a0fa91b00daab4de750002020204000666320200060006663306fffffffb0000000200000009080a32303234146b696d2070"
            + "7574696e0404020400010100000001000000020000000300000206016a058f7caf5c47890c2d063a4998ad2e";
    private static final String BATCH_HEX = "04" + BATCH_HEX_OF_FORMAT_3.substring(2);
    private static final String GATHERING_HEX_OF_FORMAT_3 = "0354010461540c612e7478741ac39c626572736368726966740001a0fa91b00daab4de7506001ac39c6265727363687269667406663000"
            + "00000002aa0145696e205361747a206d69742067656e75672057c3b6727465726e2066c3bc722065696e65204e61636872696368742e20"
            + "4e6f63682065696e6572206d69742073656368732057c3b6727465726e20686965722e0666310000000401d16e1677636ce42702c83f8b"
            + "f25df8e301f2d5f44819d88b4f785a977c356d99dd040c4b6f70696506663201020a6e656172013feccccccccccccd04016a058f7caf5c"
            + "47890c2d063a4998ad2e0014732d6e6f742d6865780416746578742f706c61696e06040204620e0666311262333a313a323a3301010461"
            + "08013fe800000000000001a0fa91b00daab4de75020462010666320002010461040001a0fa91b00daab4de75009c01";

    /** Format 2, before dedup knew sentences: state and topics written by it are still read, as having none. */
    @Test
    void shouldReadTheStoreValuesOfTheFormatBeforeSentences() {
        assertReads(InternalSerdes.FIRST_SEEN, "0201a0fa91b00daab4de7580a0abfef962", new FirstSeen(AT, 1_700_000_000_000L));
        assertReads(InternalSerdes.LAST_EMITTED, "02016a058f7caf5c47890c2d063a4998ad2e80a0abfef962",
                new LastEmitted("6a058f7caf5c47890c2d063a4998ad2e", 1_700_000_000_000L));
        assertReads(InternalSerdes.WORD_SETS, "0206fffffffb0000000200000009080a32303234146b696d20707574696e",
                new Shingles(new int[] {-5, 2, 9}, 4, "2024", "kim putin"));
        assertReads(InternalSerdes.BATCHES, "0204620401a0fa91b00daab4de750002020204000666320200060006663306fffffffb0000000200000009080a32303234146b696d"
                + "20707574696e01010000000100000002000000030000", new Claims("b", 2, AT, 0, List.of(new Claim(2, "f2")),
                List.of(new BandClaim(3, "f3", "b1:1:2:3", new Shingles(new int[] {-5, 2, 9}, 4, "2024", "kim putin"))),
                List.of(), 1, 1, null));
        assertReads(InternalSerdes.GATHERINGS, "0254010461540c612e7478743ec39c6265727363687269667420e2809320e2809e7a697469657274e2809c0001a0fa91b00daab4de7504001a"
                + "c39c62657273636872696674066630000000022a5465787420c39fc2ad206d69740a5a65696c656e06663101000a6e656172013fe999999999"
                + "999a1a16746578742f706c61696e06040204620e0666311262333a313a323a330101046108013fe800000000000001a0fa91b00daab4de7502"
                + "0462010666320002010461040001a0fa91b00daab4de75009c01", new Gathering(42, true, 3, 2,
                new TreeMap<>(Map.of(NEAR.claimKey(), NEAR)), new TreeMap<>(Map.of("f2", REVOKED)), false, 78, BODY));
    }

    /** Format 1, before an article's body carried its content type: state and topics written by it are still read. */
    @Test
    void shouldReadTheStoreValuesOfTheFormatBeforeBodiesCarriedTheContentType() {
        assertReads(InternalSerdes.FIRST_SEEN, "0101a0fa91b00daab4de7580a0abfef962", new FirstSeen(AT, 1_700_000_000_000L));
        assertReads(InternalSerdes.LAST_EMITTED, "01016a058f7caf5c47890c2d063a4998ad2e80a0abfef962",
                new LastEmitted("6a058f7caf5c47890c2d063a4998ad2e", 1_700_000_000_000L));
        assertReads(InternalSerdes.BATCHES, "0104620401a0fa91b00daab4de750002020204000666320200060006663306fffffffb0000000200000009080a32303234146b696d"
                + "20707574696e01010000000100000002000000030000", new Claims("b", 2, AT, 0, List.of(new Claim(2, "f2")),
                List.of(new BandClaim(3, "f3", "b1:1:2:3", new Shingles(new int[] {-5, 2, 9}, 4, "2024", "kim putin"))),
                List.of(), 1, 1, null));
        assertReads(InternalSerdes.GATHERINGS, "0154010461540c612e7478743ec39c6265727363687269667420e2809320e2809e7a697469657274e2809c0001a0fa91b00daab4de7504"
                + "001ac39c62657273636872696674066630000000022a5465787420c39fc2ad206d69740a5a65696c656e06663101000a6e656172013fe99999"
                + "9999999a1a06040204620e0666311262333a313a323a330101046108013fe800000000000001a0fa91b00daab4de75020462010666320002"
                + "010461040001a0fa91b00daab4de75009c01", new Gathering(42, true, 3, 2,
                new TreeMap<>(Map.of(NEAR.claimKey(), NEAR)), new TreeMap<>(Map.of("f2", REVOKED)), false, 78,
                BODY_OF_FORMAT_1));
    }

    @Test
    void shouldStillReadTheJsonOfEarlierVersions() {
        FirstSeen seen = new FirstSeen(AT, 5);
        byte[] json = JsonSerde.of(FirstSeen.class).toBytes(seen);

        FirstSeen read = InternalSerdes.FIRST_SEEN.deserializer().deserialize("t", json);

        assertEquals(seen, read);
    }

    @Test
    void shouldStillReadTheBatchesOfThePreviousLayoutOnTheTopics() {
        // kind 5, a batch per group of keys as the previous layout wrote it: article "a", pass 42,
        // ingested at second 16 and 2 ns, group 7, an exact claim on "f0" by paragraph 1, no band
        // claims, no verdicts (zig-zag varints; a string's length + 1 first)
        byte[] previous = {InternalSerdes.FORMAT_WITHOUT_CONTENT_TYPE, 5, 4, 'a', 84, 1, 32, 4, 14, 2, 2, 6, 'f', '0', 0, 0};

        Claims read = (Claims) InternalSerdes.EVENTS.deserializer().deserialize("t", previous);

        assertEquals(new Claims("a", 42, Instant.ofEpochSecond(16, 2), 7, List.of(new Claim(1, "f0")), List.of(),
                List.of()), read);
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
                List.of(), 8, 3, null);
    }

    @Test
    void shouldRefuseAValueCutShort() {
        byte[] bytes = InternalSerdes.EVENTS.serializer().serialize("t", NEAR);
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 3);

        assertThrows(SerializationException.class, () -> InternalSerdes.EVENTS.deserializer().deserialize("t", cut));
    }

    private static <T> void assertReads(Serde<T> serde, String hex, T expected) {
        T read = serde.deserializer().deserialize("t", HexFormat.of().parseHex(hex));
        assertEquals(asJson(expected), asJson(read), expected.getClass().getSimpleName() + " read from " + hex);
    }

    private static <T> void assertWritesAndReads(Serde<T> serde, String hex, T expected) {
        assertEquals(hex, HexFormat.of().formatHex(serde.serializer().serialize("t", expected)),
                expected.getClass().getSimpleName() + " written in the released format");
        assertReads(serde, hex, expected);
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
