package dev.newsflow.enrich;

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
import dev.newsflow.enrich.near.Shingles;
import dev.newsflow.enrich.roles.Role;
import dev.newsflow.model.JsonSerde;
import dev.newsflow.model.Markup;
import dev.newsflow.model.ParagraphRef;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Compact binary serdes for what only the topology itself reads: the records on its repartition
 * topics and the values of its stores. Every paragraph makes up to 9 claims, and a band claim
 * carries the paragraph's word hashes: as JSON these took about 40 % of a stream thread's time
 * (measured with JFR, docs/benchmarks.md). This format writes the same fields in declaration
 * order: numbers as varints, word hashes as 4 bytes each, strings as length-prefixed UTF-8,
 * nullable values behind a presence byte; what all claims of a batch share is written once.
 *
 * <p>Each value starts with a format byte, so that the format can change: 5 since a batch claims an
 * article's short lines on its site and a body carries a web page's markup (recurring lines), 4 since an article's
 * body carries the role of each paragraph and is stored apart from its gathering, 3 since dedup knows
 * sentences (a segment's sentence keys, a batch's sentence claims, a word set's sentences), 2
 * since an article's body carries its content type, 1 before; 4, 3, 2 and 1 are still read (as having no
 * lines claimed and no markup, no roles for 3 and before, no sentences for 2 and 1, and no content type for 1); a value that
 * starts with '{' is the JSON that the first versions wrote, and is still read. The events of the
 * previous layout (a batch per group of keys, verdicts without a body) are still read, so that
 * records left on the repartition topics by it are not misread; its stores are gone (see the
 * upgrade note in docs/benchmarks.md: drain before upgrading).
 */
final class InternalSerdes {

    /**
     * Batches carry claims on an article's lines on its site, verdicts may say that a line recurs
     * there (and write the key they answer in 16 bytes), and bodies carry a web page's markup
     * (issue 22: recurring lines).
     */
    static final byte FORMAT_WITH_RECURRING = 5;
    /** What is written. */
    static final byte FORMAT = FORMAT_WITH_RECURRING;
    /** Bodies carry the role of each paragraph, and gatherings no body (issue 15): still read, as knowing no recurring lines. */
    static final byte FORMAT_WITH_ROLES = 4;
    /** Segments carry the keys of their sentences, and word sets the words of theirs (issue 16): still read, without roles. */
    static final byte FORMAT_WITH_SENTENCES = 3;
    /** Bodies carry the article's content type, but nothing of sentences: still read, as having none. */
    static final byte FORMAT_WITHOUT_SENTENCES = 2;
    /** Bodies without the content type: still read, so that state and topics written by it are. */
    static final byte FORMAT_WITHOUT_CONTENT_TYPE = 1;
    private static final byte JSON_START = '{';

    private static final byte BODY = 1;
    private static final byte VERDICT = 4;
    /** A batch per group of keys, without partition count, batch count or body: the previous layout. */
    private static final byte GROUP_CLAIMS = 5;
    /** Verdicts without batch count or body: the previous layout. */
    private static final byte GROUP_VERDICTS = 6;
    private static final byte CLAIMS = 7;
    private static final byte VERDICTS = 8;
    private static final byte REVOCATIONS = 9;

    static final Serde<DedupEvent> EVENTS = ReceivedBatches.remembering(
            serde(DedupEvent.class, InternalSerdes::writeEvent, InternalSerdes::readEvent), FORMAT, CLAIMS);
    static final Serde<FirstSeen> FIRST_SEEN = serde(FirstSeen.class, InternalSerdes::writeFirstSeen, InternalSerdes::readFirstSeen);
    /** A batch of claims as the deciding stage stores it: the same as on the topic, without the body. */
    static final Serde<Claims> BATCHES = ReceivedBatches.storedAsReceived(
            serde(Claims.class, InternalSerdes::writeClaims, InternalSerdes::readClaims));
    static final Serde<Gathering> GATHERINGS = serde(Gathering.class, InternalSerdes::writeGathering, InternalSerdes::readGathering);
    /** An article's body as the gather stores it, once per pass. */
    static final Serde<Body> BODIES = serde(Body.class, InternalSerdes::writeBody, InternalSerdes::readBody);
    static final Serde<LastEmitted> LAST_EMITTED = serde(LastEmitted.class, InternalSerdes::writeLastEmitted,
            InternalSerdes::readLastEmitted);
    /** A paragraph's word set, as the claim index keeps it beside each copy. */
    static final Serde<Shingles> WORD_SETS = serde(Shingles.class, InternalSerdes::writeShingles, InternalSerdes::readShingles);

    private static final java.util.HexFormat HEX = java.util.HexFormat.of();

    /** One buffer per thread (a stream thread serialises one value at a time): only the result is allocated. */
    private static final ThreadLocal<Out> BUFFER = ThreadLocal.withInitial(Out::new);

    private InternalSerdes() {}

    private static <T> Serde<T> serde(Class<T> type, BiConsumer<Out, T> write, Function<In, T> read) {
        JsonSerde<T> json = JsonSerde.of(type);
        Serializer<T> serializer = (topic, value) -> {
            if (value == null) {
                return null;
            }
            Out out = BUFFER.get().reset();
            out.writeByte(FORMAT);
            write.accept(out, value);
            return out.toByteArray();
        };
        Deserializer<T> deserializer = (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            if (bytes.length > 0 && bytes[0] == JSON_START) {
                return json.fromBytes(bytes);
            }
            In in = new In(bytes);
            byte format = in.readFormat();
            if (format < FORMAT_WITHOUT_CONTENT_TYPE || format > FORMAT) {
                throw new SerializationException("not a " + type.getSimpleName() + " of a known format: format byte " + format);
            }
            return read.apply(in);
        };
        return Serdes.serdeFrom(serializer, deserializer);
    }

    // the records between the dedup stages

    private static void writeEvent(Out out, DedupEvent event) {
        if (event instanceof Body body) {
            out.writeByte(BODY);
            writeBody(out, body);
        } else if (event instanceof Claims claims) {
            out.writeByte(CLAIMS);
            writeClaims(out, claims);
        } else if (event instanceof Verdicts verdicts) {
            out.writeByte(VERDICTS);
            out.writeString(verdicts.articleId());
            out.writeLong(verdicts.pass());
            writeVerdicts(out, verdicts.verdicts());
            out.writeInt(verdicts.batches());
            writeNullableBody(out, verdicts.body());
        } else if (event instanceof Revocations revocations) {
            out.writeByte(REVOCATIONS);
            out.writeString(revocations.articleId());
            writeVerdicts(out, revocations.verdicts());
        } else {
            out.writeByte(VERDICT);
            writeVerdict(out, (Verdict) event);
        }
    }

    private static DedupEvent readEvent(In in) {
        byte kind = in.readByte();
        return switch (kind) {
            case BODY -> readBody(in);
            case CLAIMS -> readClaims(in);
            case GROUP_CLAIMS -> readGroupClaims(in);
            case VERDICTS -> new Verdicts(in.readString(), in.readLong(), readVerdicts(in), in.readInt(), readNullableBody(in));
            case GROUP_VERDICTS -> new Verdicts(in.readString(), in.readLong(), readVerdicts(in));
            case REVOCATIONS -> new Revocations(in.readString(), readVerdicts(in));
            case VERDICT -> readVerdict(in);
            default -> throw new SerializationException("not a dedup event: kind " + kind);
        };
    }

    private static void writeBody(Out out, Body body) {
        out.writeString(body.articleId());
        out.writeLong(body.pass());
        out.writeString(body.source());
        out.writeString(body.title());
        out.writeInstant(body.publishedAt());
        out.writeInstant(body.ingestedAt());
        out.writeInt(body.segments().size());
        for (Segment segment : body.segments()) {
            writeSegment(out, segment);
        }
        out.writeInt(body.claims());
        out.writeString(body.contentType());
        writeOrdinals(out, body.roles(), false);
        writeOrdinals(out, body.markup(), true);
    }

    private static Body readBody(In in) {
        String articleId = in.readString();
        long pass = in.readLong();
        String source = in.readString();
        String title = in.readString();
        Instant publishedAt = in.readInstant();
        Instant ingestedAt = in.readInstant();
        int count = in.readInt();
        List<Segment> segments = new ArrayList<>(Math.min(count, 1024));
        for (int i = 0; i < count; i++) {
            segments.add(readSegment(in));
        }
        int claims = in.readInt();
        String contentType = in.format() == FORMAT_WITHOUT_CONTENT_TYPE ? null : in.readString();
        List<Role> roles = in.format() < FORMAT_WITH_ROLES ? null : readOrdinals(in, Role.values(), false, "role");
        List<Markup> markup = in.format() < FORMAT_WITH_RECURRING ? null
                : readOrdinals(in, Markup.values(), true, "markup label");
        return new Body(articleId, pass, source, title, publishedAt, ingestedAt, segments, claims, contentType, roles,
                markup);
    }

    /**
     * A list of enum values (the paragraphs' roles, their markup) by their ordinals, a byte each,
     * after its size (-1 for none): the enums' order is part of the format, so values are only ever
     * added at their end. Where a value may be missing ({@code withNone}), 0 stands for none and
     * the ordinals count from 1.
     */
    private static <E extends Enum<E>> void writeOrdinals(Out out, List<E> values, boolean withNone) {
        out.writeInt(values == null ? -1 : values.size());
        if (values != null) {
            for (E value : values) {
                out.writeByte((byte) (withNone ? (value == null ? 0 : value.ordinal() + 1) : value.ordinal()));
            }
        }
    }

    private static <E extends Enum<E>> List<E> readOrdinals(In in, E[] all, boolean withNone, String what) {
        int count = in.readInt();
        if (count < 0) {
            return null;
        }
        int first = withNone ? 1 : 0;
        List<E> values = new ArrayList<>(Math.min(count, 1024));
        for (int i = 0; i < count; i++) {
            int code = in.readByte();
            if (code < 0 || code >= all.length + first) {
                throw new SerializationException("not a " + what + ": " + code);
            }
            values.add(withNone && code == 0 ? null : all[code - first]);
        }
        return values;
    }

    private static void writeNullableBody(Out out, Body body) {
        out.writeBoolean(body != null);
        if (body != null) {
            writeBody(out, body);
        }
    }

    private static Body readNullableBody(In in) {
        return in.readBoolean() ? readBody(in) : null;
    }

    /** The article's fields once; a band claim's word hashes once for the paragraph's claims in a row. */
    private static void writeClaims(Out out, Claims claims) {
        out.writeString(claims.articleId());
        out.writeLong(claims.pass());
        out.writeInstant(claims.ingestedAt());
        out.writeInt(claims.group());
        out.writeInt(claims.partitions());
        out.writeInt(claims.batches());
        writeClaimLists(out, claims);
        writeVerdicts(out, claims.verdicts());
        writeNullableBody(out, claims.body());
        out.writeInt(claims.sentences().size());
        for (Claim claim : claims.sentences()) {
            out.writeInt(claim.index());
            writeFingerprint(out, claim.fingerprint());
        }
        out.writeInt(claims.recurring().size());
        for (Claim claim : claims.recurring()) {
            out.writeInt(claim.index());
            writeFingerprint(out, claim.fingerprint());
        }
    }

    private static Claims readClaims(In in) {
        String articleId = in.readString();
        long pass = in.readLong();
        Instant ingestedAt = in.readInstant();
        int group = in.readInt();
        int partitions = in.readInt();
        int batches = in.readInt();
        List<Claim> exact = readCompactExactClaims(in);
        List<BandClaim> near = readCompactBandClaims(in);
        List<Verdict> verdicts = readVerdicts(in);
        Body body = readNullableBody(in);
        List<Claim> sentences = in.format() < FORMAT_WITH_SENTENCES ? List.of() : readCompactExactClaims(in);
        List<Claim> recurring = in.format() < FORMAT_WITH_RECURRING ? List.of() : readCompactExactClaims(in);
        return new Claims(articleId, pass, ingestedAt, group, exact, near, verdicts, partitions, batches, body, sentences,
                recurring);
    }

    /** A batch of the previous layout: one per group of keys, nothing about partitions, batches or the body. */
    private static Claims readGroupClaims(In in) {
        String articleId = in.readString();
        long pass = in.readLong();
        Instant ingestedAt = in.readInstant();
        int group = in.readInt();
        List<Claim> exact = readPreviousExactClaims(in);
        List<BandClaim> near = readPreviousBandClaims(in);
        return new Claims(articleId, pass, ingestedAt, group, exact, near, readVerdicts(in));
    }

    /**
     * Fingerprints as 16 bytes, a paragraph's fingerprint and word hashes once for its band claims
     * in a row, band keys as their band and three numbers: a batch of an article's claims is about a
     * third of what it was with them as text, on the topic and in the store.
     */
    private static void writeClaimLists(Out out, Claims claims) {
        out.writeInt(claims.exact().size());
        for (Claim claim : claims.exact()) {
            out.writeInt(claim.index());
            writeFingerprint(out, claim.fingerprint());
        }
        out.writeInt(claims.near().size());
        BandClaim previous = null;
        for (BandClaim claim : claims.near()) {
            boolean sameParagraph = previous != null && claim.index() == previous.index()
                    && claim.shingles() == previous.shingles() && claim.fingerprint().equals(previous.fingerprint());
            out.writeBoolean(sameParagraph);
            if (!sameParagraph) {
                out.writeInt(claim.index());
                writeFingerprint(out, claim.fingerprint());
                writeShingles(out, claim.shingles());
            }
            writeBand(out, claim.band());
            previous = claim;
        }
    }

    private static List<Claim> readCompactExactClaims(In in) {
        int count = in.readInt();
        List<Claim> exact = new ArrayList<>(Math.min(count, 1024));
        for (int i = 0; i < count; i++) {
            exact.add(new Claim(in.readInt(), readFingerprint(in)));
        }
        return exact;
    }

    private static List<BandClaim> readCompactBandClaims(In in) {
        int count = in.readInt();
        List<BandClaim> near = new ArrayList<>(Math.min(count, 4096));
        BandClaim previous = null;
        for (int i = 0; i < count; i++) {
            boolean sameParagraph = in.readBoolean();
            if (sameParagraph && previous == null) {
                throw new SerializationException("a band claim refers to a paragraph before the first");
            }
            int index = sameParagraph ? previous.index() : in.readInt();
            String fingerprint = sameParagraph ? previous.fingerprint() : readFingerprint(in);
            Shingles shingles = sameParagraph ? previous.shingles() : readShingles(in);
            previous = new BandClaim(index, fingerprint, readBand(in), shingles);
            near.add(previous);
        }
        return near;
    }

    private static final byte AS_TEXT = 0;
    private static final byte COMPACT = 1;

    /** A fingerprint as made by {@link Fingerprinter} (32 lower-case hex digits) in 16 bytes; anything else as text. */
    private static void writeFingerprint(Out out, String fingerprint) {
        if (fingerprint.length() != 32 || !isLowerHex(fingerprint)) {
            out.writeByte(AS_TEXT);
            out.writeString(fingerprint);
            return;
        }
        out.writeByte(COMPACT);
        out.writeFixedLong(Long.parseUnsignedLong(fingerprint, 0, 16, 16));
        out.writeFixedLong(Long.parseUnsignedLong(fingerprint, 16, 32, 16));
    }

    private static String readFingerprint(In in) {
        byte form = in.readByte();
        if (form == AS_TEXT) {
            return in.readString();
        }
        return HEX.toHexDigits(in.readFixedLong()) + HEX.toHexDigits(in.readFixedLong());
    }

    /** Whether a value is lower-case hex digits only, as {@link Fingerprinter} writes fingerprints. */
    static boolean isLowerHex(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /**
     * A band key as {@link dev.newsflow.enrich.near.MinHash#bandKeys} makes it ("b3:1f:a0b1c2d3:7"):
     * the band and its three minima, 13 bytes; anything else as text.
     */
    private static void writeBand(Out out, String band) {
        int[] parts = bandParts(band);
        if (parts == null) {
            out.writeByte(AS_TEXT);
            out.writeString(band);
            return;
        }
        out.writeByte(COMPACT);
        out.writeByte((byte) parts[0]);
        for (int row = 1; row < parts.length; row++) {
            out.writeFixedInt(parts[row]);
        }
    }

    private static String readBand(In in) {
        byte form = in.readByte();
        if (form == AS_TEXT) {
            return in.readString();
        }
        StringBuilder band = new StringBuilder(32).append('b').append(in.readByte());
        for (int row = 0; row < BAND_ROWS; row++) {
            band.append(':').append(Integer.toHexString(in.readFixedInt()));
        }
        return band.toString();
    }

    private static final int BAND_ROWS = 3;

    /** The band and its minima, if the key is written exactly as it would be rebuilt from them; else null. */
    private static int[] bandParts(String band) {
        if (band.length() < 4 || band.charAt(0) != 'b' || !Character.isDigit(band.charAt(1)) || band.charAt(2) != ':') {
            return null;
        }
        int[] values = new int[BAND_ROWS + 1];
        values[0] = band.charAt(1) - '0';
        int at = 3;
        for (int row = 1; row <= BAND_ROWS; row++) {
            int end = band.indexOf(':', at);
            if (end < 0) {
                end = band.length();
            }
            int digits = end - at;
            if (digits < 1 || digits > 8 || (digits > 1 && band.charAt(at) == '0') || (row < BAND_ROWS) != (end < band.length())) {
                return null; // empty, too long, a leading zero, or too few or many rows: would not come back the same
            }
            int value = 0;
            for (int i = at; i < end; i++) {
                int digit = Character.digit(band.charAt(i), 16);
                if (digit < 0 || Character.isUpperCase(band.charAt(i))) {
                    return null;
                }
                value = value << 4 | digit;
            }
            values[row] = value;
            at = end + 1;
        }
        return values;
    }

    /** Exact claims as the previous layout wrote them: fingerprints as text. */
    private static List<Claim> readPreviousExactClaims(In in) {
        int count = in.readInt();
        List<Claim> exact = new ArrayList<>(Math.min(count, 1024));
        for (int i = 0; i < count; i++) {
            exact.add(new Claim(in.readInt(), in.readString()));
        }
        return exact;
    }

    /** Band claims as the previous layout wrote them: everything as text, word hashes once per paragraph. */
    private static List<BandClaim> readPreviousBandClaims(In in) {
        int count = in.readInt();
        List<BandClaim> near = new ArrayList<>(Math.min(count, 4096));
        Shingles previous = null;
        String previousFingerprint = null;
        for (int i = 0; i < count; i++) {
            int index = in.readInt();
            String fingerprint = in.readString();
            if (fingerprint.equals(previousFingerprint)) {
                fingerprint = previousFingerprint; // one string for a paragraph's claims
            }
            String band = in.readString();
            Shingles shingles = in.readBoolean() ? previous : readShingles(in);
            if (shingles == null) {
                throw new SerializationException("a band claim refers to word hashes before the first");
            }
            near.add(new BandClaim(index, fingerprint, band, shingles));
            previous = shingles;
            previousFingerprint = fingerprint;
        }
        return near;
    }

    private static void writeVerdicts(Out out, List<Verdict> verdicts) {
        out.writeInt(verdicts.size());
        for (Verdict verdict : verdicts) {
            writeVerdict(out, verdict);
        }
    }

    private static List<Verdict> readVerdicts(In in) {
        int count = in.readInt();
        List<Verdict> verdicts = new ArrayList<>(Math.min(count, 1024));
        for (int i = 0; i < count; i++) {
            verdicts.add(readVerdict(in));
        }
        return verdicts;
    }

    private static void writeSegment(Out out, Segment segment) {
        out.writeInt(segment.index());
        out.writeString(segment.text());
        out.writeString(segment.fingerprint());
        out.writeNullableInt(segment.repeatOf());
        out.writeString(segment.match());
        out.writeNullableDouble(segment.similarity());
        out.writeInt(segment.sentences().size());
        for (String sentence : segment.sentences()) {
            writeFingerprint(out, sentence);
        }
    }

    private static Segment readSegment(In in) {
        int index = in.readInt();
        String text = in.readString();
        String fingerprint = in.readString();
        Integer repeatOf = in.readNullableInt();
        String match = in.readString();
        Double similarity = in.readNullableDouble();
        if (in.format() < FORMAT_WITH_SENTENCES) {
            return new Segment(index, text, fingerprint, repeatOf, match, similarity);
        }
        int count = in.readInt();
        List<String> sentences = new ArrayList<>(Math.min(count, 1024));
        for (int i = 0; i < count; i++) {
            sentences.add(readFingerprint(in));
        }
        return new Segment(index, text, fingerprint, repeatOf, match, similarity, sentences);
    }

    /**
     * The key a verdict answers in 16 bytes since format 5 (it was text, 33 bytes): an article with a
     * site has a verdict for each of its lines that recur, kept in its gathering for revisions.
     */
    private static void writeVerdict(Out out, Verdict verdict) {
        out.writeString(verdict.articleId());
        out.writeLong(verdict.pass());
        if (verdict.fingerprint() == null) {
            out.writeByte(AS_TEXT);
            out.writeString(null);
        } else {
            writeFingerprint(out, verdict.fingerprint());
        }
        out.writeString(verdict.band());
        out.writeByte((byte) verdict.outcome().ordinal());
        ParagraphRef ref = verdict.duplicateOf();
        out.writeBoolean(ref != null);
        if (ref != null) {
            out.writeString(ref.articleId());
            out.writeInt(ref.index());
        }
        out.writeNullableDouble(verdict.similarity());
        out.writeInstant(verdict.originalAt());
    }

    private static Verdict readVerdict(In in) {
        String articleId = in.readString();
        long pass = in.readLong();
        String fingerprint = in.format() < FORMAT_WITH_RECURRING ? in.readString() : readFingerprint(in);
        String band = in.readString();
        byte ordinal = in.readByte();
        if (ordinal < 0 || ordinal >= Outcome.values().length) {
            throw new SerializationException("not an outcome: " + ordinal);
        }
        Outcome outcome = Outcome.values()[ordinal];
        ParagraphRef ref = in.readBoolean() ? new ParagraphRef(in.readString(), in.readInt()) : null;
        return new Verdict(articleId, pass, fingerprint, band, outcome, ref, in.readNullableDouble(), in.readInstant());
    }

    private static void writeShingles(Out out, Shingles shingles) {
        int[] hashes = shingles.hashes();
        out.writeInt(hashes.length);
        for (int hash : hashes) {
            out.writeFixedInt(hash);
        }
        out.writeInt(shingles.words());
        out.writeString(shingles.numbers());
        out.writeString(shingles.names());
        writeSentenceWords(out, shingles.sentences());
    }

    private static Shingles readShingles(In in) {
        int[] hashes = new int[in.readInt()];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = in.readFixedInt();
        }
        int words = in.readInt();
        String numbers = in.readString();
        Supplier<String> names = in.stringLater();
        int[][] sentences = in.format() < FORMAT_WITH_SENTENCES ? null : readSentenceWords(in, hashes.length);
        return Shingles.withNamesLater(hashes, words, numbers, names, sentences);
    }

    /** Each sentence's indexes into the word hashes, sorted: as gaps, a byte each for most. */
    private static void writeSentenceWords(Out out, int[][] sentences) {
        out.writeInt(sentences.length);
        for (int[] sentence : sentences) {
            out.writeInt(sentence.length);
            int previous = -1;
            for (int at : sentence) {
                out.writeInt(at - previous);
                previous = at;
            }
        }
    }

    private static int[][] readSentenceWords(In in, int hashes) {
        int[][] sentences = new int[checkedCount(in.readInt(), in.remaining())][]; // a byte at least each
        for (int s = 0; s < sentences.length; s++) {
            int[] sentence = new int[checkedCount(in.readInt(), hashes)];
            int at = -1;
            for (int i = 0; i < sentence.length; i++) {
                at += in.readInt();
                if (at < 0 || at >= hashes) {
                    throw new SerializationException("a sentence's word " + at + " of " + hashes + " word hashes");
                }
                sentence[i] = at;
            }
            sentences[s] = sentence;
        }
        return sentences;
    }

    /** A count checked against what it cannot pass, so that a damaged value allocates nothing huge. */
    private static int checkedCount(int count, int most) {
        if (count < 0 || count > most) {
            throw new SerializationException("a count of " + count + " where at most " + most + " can be");
        }
        return count;
    }

    // the values of the stores

    private static void writeFirstSeen(Out out, FirstSeen seen) {
        out.writeInstant(seen.ingestedAt());
        out.writeLong(seen.lastSeenMs());
    }

    private static FirstSeen readFirstSeen(In in) {
        return new FirstSeen(in.readInstant(), in.readLong());
    }

    /** The digest is 32 hex digits, as a fingerprint, so 16 bytes. */
    private static void writeLastEmitted(Out out, LastEmitted last) {
        writeFingerprint(out, last.digest());
        out.writeLong(last.lastSeenMs());
    }

    private static LastEmitted readLastEmitted(In in) {
        return new LastEmitted(readFingerprint(in), in.readLong());
    }

    /** Without the body, which is stored apart; a gathering that still holds one inline (format 3) is not written. */
    private static void writeGathering(Out out, Gathering gathering) {
        if (gathering.inlineBody() != null) {
            throw new SerializationException("the gathering of article " + gathering.inlineBody().articleId()
                    + " still holds its body: it goes into the bodies store first");
        }
        out.writeLong(gathering.pass());
        out.writeBoolean(gathering.hasBody());
        out.writeInt(gathering.expected());
        out.writeInt(gathering.received());
        writeVerdictMap(out, gathering.verdicts());
        writeVerdictMap(out, gathering.revoked());
        out.writeBoolean(gathering.emitted());
        out.writeLong(gathering.touchedMs());
    }

    private static Gathering readGathering(In in) {
        long pass = in.readLong();
        Body inline = null;
        boolean hasBody;
        if (in.format() < FORMAT_WITH_ROLES) {
            inline = readNullableBody(in);
            hasBody = inline != null;
        } else {
            hasBody = in.readBoolean();
        }
        int expected = in.readInt();
        int received = in.readInt();
        Map<String, Verdict> verdicts = readVerdictMap(in);
        Map<String, Verdict> revoked = readVerdictMap(in);
        return new Gathering(pass, hasBody, expected, received, verdicts, revoked, in.readBoolean(), in.readLong(), inline);
    }

    /** By claim key, which is the verdict's own, so written once. */
    private static void writeVerdictMap(Out out, Map<String, Verdict> verdicts) {
        out.writeInt(verdicts.size());
        for (Verdict verdict : verdicts.values()) {
            writeVerdict(out, verdict);
        }
    }

    private static Map<String, Verdict> readVerdictMap(In in) {
        int count = in.readInt();
        Map<String, Verdict> verdicts = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            Verdict verdict = readVerdict(in);
            verdicts.put(verdict.claimKey(), verdict);
        }
        return verdicts;
    }

    /** A growing byte buffer with the writes above. */
    private static final class Out {

        private static final int KEPT = 64 * 1024;

        private byte[] buffer = new byte[1024];
        private int size;

        /** Empty again; a buffer grown for a large body is not kept. */
        Out reset() {
            if (buffer.length > KEPT) {
                buffer = new byte[1024];
            }
            size = 0;
            return this;
        }

        private void ensure(int more) {
            if (size + more > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
            }
        }

        void writeByte(byte b) {
            ensure(1);
            buffer[size++] = b;
        }

        void writeBoolean(boolean b) {
            writeByte((byte) (b ? 1 : 0));
        }

        /** Zig-zag varint: small numbers, negative ones (a pass of -1) included, take one byte. */
        void writeLong(long value) {
            long v = (value << 1) ^ (value >> 63);
            ensure(10);
            while ((v & ~0x7FL) != 0) {
                buffer[size++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buffer[size++] = (byte) v;
        }

        void writeInt(int value) {
            writeLong(value);
        }

        void writeFixedInt(int value) {
            ensure(4);
            buffer[size++] = (byte) (value >>> 24);
            buffer[size++] = (byte) (value >>> 16);
            buffer[size++] = (byte) (value >>> 8);
            buffer[size++] = (byte) value;
        }

        void writeFixedLong(long value) {
            writeFixedInt((int) (value >>> 32));
            writeFixedInt((int) value);
        }

        void writeNullableInt(Integer value) {
            writeBoolean(value != null);
            if (value != null) {
                writeInt(value);
            }
        }

        void writeNullableDouble(Double value) {
            writeBoolean(value != null);
            if (value != null) {
                long bits = Double.doubleToLongBits(value);
                writeFixedInt((int) (bits >>> 32));
                writeFixedInt((int) bits);
            }
        }

        /** Length + 1 (0 for null), then UTF-8. */
        void writeString(String value) {
            if (value == null) {
                writeLong(0);
                return;
            }
            if (isAscii(value)) { // ids, fingerprints, band keys: no encoder, no copy
                writeLong(value.length() + 1L);
                ensure(value.length());
                for (int i = 0; i < value.length(); i++) {
                    buffer[size++] = (byte) value.charAt(i);
                }
                return;
            }
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            writeLong(utf8.length + 1L);
            ensure(utf8.length);
            System.arraycopy(utf8, 0, buffer, size, utf8.length);
            size += utf8.length;
        }

        private static boolean isAscii(String value) {
            for (int i = 0; i < value.length(); i++) {
                if (value.charAt(i) >= 0x80) {
                    return false;
                }
            }
            return true;
        }

        void writeInstant(Instant value) {
            writeBoolean(value != null);
            if (value != null) {
                writeLong(value.getEpochSecond());
                writeInt(value.getNano());
            }
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buffer, size);
        }
    }

    /** Reads what {@link Out} wrote. */
    private static final class In {

        private final byte[] bytes;
        private int at;
        private byte format;

        In(byte[] bytes) {
            this.bytes = bytes;
        }

        /** Reads the format byte, which says how some values further on are written. */
        byte readFormat() {
            format = readByte();
            return format;
        }

        byte format() {
            return format;
        }

        byte readByte() {
            if (at >= bytes.length) {
                throw new SerializationException("a value cut short at byte " + at);
            }
            return bytes[at++];
        }

        boolean readBoolean() {
            return readByte() != 0;
        }

        int remaining() {
            return bytes.length - at;
        }

        long readLong() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                byte b = readByte();
                v |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return (v >>> 1) ^ -(v & 1);
                }
            }
            throw new SerializationException("a malformed number at byte " + at);
        }

        int readInt() {
            return (int) readLong();
        }

        int readFixedInt() {
            return (readByte() & 0xFF) << 24 | (readByte() & 0xFF) << 16 | (readByte() & 0xFF) << 8 | (readByte() & 0xFF);
        }

        long readFixedLong() {
            return (readFixedInt() & 0xFFFFFFFFL) << 32 | (readFixedInt() & 0xFFFFFFFFL);
        }

        Integer readNullableInt() {
            return readBoolean() ? readInt() : null;
        }

        Double readNullableDouble() {
            if (!readBoolean()) {
                return null;
            }
            long high = readFixedInt() & 0xFFFFFFFFL;
            long low = readFixedInt() & 0xFFFFFFFFL;
            return Double.longBitsToDouble(high << 32 | low);
        }

        String readString() {
            int length = stringLength();
            if (length < 0) {
                return null;
            }
            String value = new String(bytes, at, length, StandardCharsets.UTF_8);
            at += length;
            return value;
        }

        /** A string whose bytes are checked and passed over now, and decoded when asked for. */
        Supplier<String> stringLater() {
            int length = stringLength();
            if (length < 0) {
                return () -> null;
            }
            int from = at;
            at += length;
            return () -> new String(bytes, from, length, StandardCharsets.UTF_8);
        }

        /** The byte length of the string that comes next, checked against what is left; -1 for null. */
        private int stringLength() {
            long length = readLong() - 1;
            if (length < 0) {
                return -1;
            }
            if (length > bytes.length - at) {
                throw new SerializationException("a string of " + length + " bytes cut short at byte " + at);
            }
            return (int) length;
        }

        Instant readInstant() {
            return readBoolean() ? Instant.ofEpochSecond(readLong(), readInt()) : null;
        }
    }
}
