package dev.newsflow.measure.bench;

import dev.newsflow.enrich.Fingerprinter;
import dev.newsflow.enrich.Segmenter;
import dev.newsflow.model.Article;
import dev.newsflow.model.Duplicate;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Paragraph;
import dev.newsflow.model.ParagraphRef;
import dev.newsflow.model.Topics;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The textbook peer that {@code bench} measures newsflow's dedup against: exact paragraph dedup
 * as a Kafka Streams engineer writes it first. Each article becomes one record per paragraph,
 * keyed by fingerprint and repartitioned; a changelogged RocksDB store keeps the first paragraph
 * of each fingerprint by (ingestedAt, article id, index); each verdict is keyed by article id and
 * repartitioned again; an aggregate gathers an article's verdicts and the article goes out once
 * all of them are in, kept paragraphs and duplicates, untagged.
 *
 * <p>The same segmentation and fingerprints as newsflow (enrich's {@link Segmenter} and
 * {@link Fingerprinter}), the same topics and Streams settings (the benchmark runs it as it runs
 * newsflow's topology: {@code EnrichStreams}' properties, exactly_once_v2, the same partitions),
 * and inside, as newsflow's own internal records, a compact binary format rather than JSON.
 * Nothing batched, nothing cached beyond the DSL's defaults.
 *
 * <p>What it leaves out, as a first version would: near copies; revisions (an earlier article
 * processed after a later one that shares a paragraph takes the fingerprint over, but the later
 * one, already out, is not published again); expiry (its stores grow for ever); a dead-letter
 * topic (a record that is not an article stops it).
 */
public final class TextbookDedup {

    public static final String BY_FINGERPRINT = "textbook-paragraphs-by-fingerprint";
    public static final String FIRSTS_STORE = "textbook-first-paragraphs";
    public static final String BY_ARTICLE = "textbook-verdicts-by-article";
    public static final String GATHERED_STORE = "textbook-gathered-verdicts";

    /**
     * One paragraph of an article, alone on its way, with what the article needs to be rebuilt:
     * {@code paragraphs} is how many the article has, so that the aggregate knows when all are
     * in. {@code duplicateOf} is the verdict: null until decided, and for a paragraph owned.
     */
    record ArticleParagraph(String articleId, String source, String title, Instant publishedAt, Instant ingestedAt,
                            int index, int paragraphs, String fingerprint, String text, ParagraphRef duplicateOf) {

        ArticleParagraph decided(ParagraphRef original) {
            return new ArticleParagraph(articleId, source, title, publishedAt, ingestedAt, index, paragraphs,
                    fingerprint, text, original);
        }
    }

    /** The first paragraph seen with a fingerprint. */
    record First(String articleId, Instant ingestedAt, int index) {

        static final Comparator<First> ORDER = Comparator.comparing(First::ingestedAt)
                .thenComparing(First::articleId).thenComparingInt(First::index);

        static First of(ArticleParagraph paragraph) {
            return new First(paragraph.articleId(), paragraph.ingestedAt(), paragraph.index());
        }
    }

    /** The verdicts of one article gathered so far, by paragraph index. */
    record Gathered(SortedMap<Integer, ArticleParagraph> byIndex) {

        static Gathered none() {
            return new Gathered(new TreeMap<>());
        }

        /** A verdict of another ingestion of the article (a replay) starts the gathering afresh. */
        Gathered with(ArticleParagraph verdict) {
            boolean samePass = !byIndex.isEmpty() && any().ingestedAt().equals(verdict.ingestedAt());
            SortedMap<Integer, ArticleParagraph> more = samePass ? new TreeMap<>(byIndex) : new TreeMap<>();
            more.put(verdict.index(), verdict);
            return new Gathered(more);
        }

        private ArticleParagraph any() {
            return byIndex.get(byIndex.firstKey());
        }

        boolean isComplete() {
            return !byIndex.isEmpty() && byIndex.size() == any().paragraphs();
        }

        EnrichedArticle article() {
            ArticleParagraph any = any();
            List<Paragraph> kept = new ArrayList<>();
            List<Duplicate> duplicates = new ArrayList<>();
            for (ArticleParagraph p : byIndex.values()) {
                if (p.duplicateOf() == null) {
                    kept.add(new Paragraph(p.index(), p.text(), p.fingerprint(), List.of(), null)); // the textbook knows no roles
                } else {
                    duplicates.add(new Duplicate(p.index(), p.fingerprint(), Duplicate.EXACT, null, p.duplicateOf(), null));
                }
            }
            return new EnrichedArticle(EnrichedArticle.SCHEMA, any.articleId(), any.source(), any.title(),
                    any.publishedAt(), any.ingestedAt(), kept, duplicates, List.of());
        }
    }

    private TextbookDedup() {}

    public static Topology build() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(FIRSTS_STORE),
                Serdes.String(), FIRST_SERDE));

        builder.stream(Topics.ARTICLES.name(), Consumed.with(Topics.ARTICLES.keySerde(), Topics.ARTICLES.valueSerde())
                        .withName("articles"))
                // one record per paragraph, keyed by its fingerprint
                .flatMap((id, article) -> paragraphs(article), Named.as("paragraphs"))
                .repartition(Repartitioned.with(Serdes.String(), PARAGRAPH_SERDE).withName(BY_FINGERPRINT))
                // the first paragraph by (ingestedAt, article id, index) owns its fingerprint
                .process(FirstParagraphs::new, Named.as("decide"), FIRSTS_STORE)
                // each verdict back to its article
                .selectKey((fingerprint, verdict) -> verdict.articleId(), Named.as("by-article"))
                .repartition(Repartitioned.with(Serdes.String(), PARAGRAPH_SERDE).withName(BY_ARTICLE))
                // gather the verdicts; the article goes out once all are in
                .groupByKey(Grouped.with("textbook-gather", Serdes.String(), PARAGRAPH_SERDE))
                .aggregate(Gathered::none, (id, verdict, gathered) -> gathered.with(verdict), Named.as("gather"),
                        Materialized.<String, Gathered, KeyValueStore<Bytes, byte[]>>as(GATHERED_STORE)
                                .withKeySerde(Serdes.String()).withValueSerde(GATHERED_SERDE))
                .toStream(Named.as("gathered"))
                .filter((id, gathered) -> gathered.isComplete(), Named.as("complete"))
                .mapValues(Gathered::article, Named.as("article"))
                .to(Topics.ENRICHED.name(), Produced.with(Topics.ENRICHED.keySerde(), Topics.ENRICHED.valueSerde())
                        .withName("enriched"));
        return builder.build();
    }

    private static List<KeyValue<String, ArticleParagraph>> paragraphs(Article article) {
        List<String> texts = Segmenter.segment(article.text());
        List<KeyValue<String, ArticleParagraph>> paragraphs = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            String fingerprint = Fingerprinter.fingerprint(texts.get(i));
            paragraphs.add(KeyValue.pair(fingerprint, new ArticleParagraph(article.id(), article.source(),
                    article.title(), article.publishedAt(), article.ingestedAt(), i, texts.size(), fingerprint,
                    texts.get(i), null)));
        }
        return paragraphs;
    }

    /** Decides each paragraph on its fingerprint's partition, against the first paragraph stored for it. */
    private static final class FirstParagraphs implements Processor<String, ArticleParagraph, String, ArticleParagraph> {

        private ProcessorContext<String, ArticleParagraph> context;
        private KeyValueStore<String, First> firsts;

        @Override
        public void init(ProcessorContext<String, ArticleParagraph> context) {
            this.context = context;
            this.firsts = context.getStateStore(FIRSTS_STORE);
        }

        @Override
        public void process(Record<String, ArticleParagraph> record) {
            ArticleParagraph paragraph = record.value();
            First mine = First.of(paragraph);
            First first = firsts.get(record.key());
            if (first == null || isReplay(first, mine) || First.ORDER.compare(mine, first) < 0) {
                if (first == null || !isReplay(first, mine)) {
                    firsts.put(record.key(), mine);
                }
                context.forward(record.withValue(paragraph.decided(null)));
            } else {
                context.forward(record.withValue(paragraph.decided(new ParagraphRef(first.articleId(), first.index()))));
            }
        }

        /** The same paragraph of the same article again: it keeps what it owns. */
        private static boolean isReplay(First first, First mine) {
            return first.articleId().equals(mine.articleId()) && first.index() == mine.index();
        }
    }

    // compact binary, as newsflow's internal records are: strings as length-prefixed UTF-8, times as seconds and nanos

    static final Serde<ArticleParagraph> PARAGRAPH_SERDE = binary(TextbookDedup::writeParagraph, TextbookDedup::readParagraph);
    static final Serde<First> FIRST_SERDE = binary((out, first) -> {
        writeString(out, first.articleId());
        writeInstant(out, first.ingestedAt());
        out.writeInt(first.index());
    }, in -> new First(readString(in), readInstant(in), in.readInt()));
    static final Serde<Gathered> GATHERED_SERDE = binary((out, gathered) -> {
        out.writeInt(gathered.byIndex().size());
        for (ArticleParagraph paragraph : gathered.byIndex().values()) {
            writeParagraph(out, paragraph);
        }
    }, in -> {
        SortedMap<Integer, ArticleParagraph> byIndex = new TreeMap<>();
        for (int n = in.readInt(); n > 0; n--) {
            ArticleParagraph paragraph = readParagraph(in);
            byIndex.put(paragraph.index(), paragraph);
        }
        return new Gathered(byIndex);
    });

    private interface Writer<T> {
        void write(DataOutputStream out, T value) throws IOException;
    }

    private interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private static <T> Serde<T> binary(Writer<T> writer, Reader<T> reader) {
        return Serdes.serdeFrom((topic, value) -> {
            if (value == null) {
                return null;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                writer.write(out, value);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a byte array does not fail
            }
            return bytes.toByteArray();
        }, (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                return reader.read(new DataInputStream(new ByteArrayInputStream(bytes)));
            } catch (IOException e) {
                throw new SerializationException("a record of " + topic + " cut short: " + e.getMessage(), e);
            }
        });
    }

    private static void writeParagraph(DataOutputStream out, ArticleParagraph p) throws IOException {
        writeString(out, p.articleId());
        writeString(out, p.source());
        writeString(out, p.title());
        writeInstant(out, p.publishedAt());
        writeInstant(out, p.ingestedAt());
        out.writeInt(p.index());
        out.writeInt(p.paragraphs());
        writeString(out, p.fingerprint());
        writeString(out, p.text());
        out.writeBoolean(p.duplicateOf() != null);
        if (p.duplicateOf() != null) {
            writeString(out, p.duplicateOf().articleId());
            out.writeInt(p.duplicateOf().index());
        }
    }

    private static ArticleParagraph readParagraph(DataInputStream in) throws IOException {
        return new ArticleParagraph(readString(in), readString(in), readString(in), readInstant(in), readInstant(in),
                in.readInt(), in.readInt(), readString(in), readString(in),
                in.readBoolean() ? new ParagraphRef(readString(in), in.readInt()) : null);
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        return length < 0 ? null : new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static void writeInstant(DataOutputStream out, Instant value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeLong(value.getEpochSecond());
            out.writeInt(value.getNano());
        }
    }

    private static Instant readInstant(DataInputStream in) throws IOException {
        return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
    }
}
