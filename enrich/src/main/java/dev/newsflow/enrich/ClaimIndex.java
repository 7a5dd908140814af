package dev.newsflow.enrich;

import dev.newsflow.enrich.DedupEvent.BandClaim;
import dev.newsflow.enrich.DedupEvent.Claim;
import dev.newsflow.enrich.DedupEvent.Claims;
import dev.newsflow.enrich.near.NearCopy;
import dev.newsflow.enrich.near.Shingles;
import dev.newsflow.model.ParagraphRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.errors.ProcessorStateException;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.state.StoreBuilder;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.CompactionStyle;
import org.rocksdb.CompressionType;
import org.rocksdb.InfoLogLevel;
import org.rocksdb.FlushOptions;
import org.rocksdb.ReadOptions;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.WriteBatchWithIndex;
import org.rocksdb.WriteOptions;

/**
 * What the deciding stage looks claims up in, on one partition: the copies of each fingerprint,
 * of each sentence key and of each line on a site, and the paragraph texts of each similarity band. It is derived from the batches stored on the
 * partition and from nothing else, so that it can be rebuilt from them at any time and comes out
 * the same whatever order they were added in; it is not changelogged (the batches are).
 *
 * <p>What a band keeps: one text per fingerprint, represented by its first copy (in {@link
 * CopyOrder}), and of those the first {@code bucketSize} by that first copy. A paragraph repeated
 * in a thousand articles is one text of its bands, not a thousand, and what a full band keeps
 * does not depend on the order in which its paragraphs arrived. The owner of a fingerprint is its
 * first copy. When the batch of the first copy expires, the next copy takes its place: a
 * paragraph is forgotten only when no copy of it has been seen for the retention.
 *
 * <p>It is a RocksDB of its own in the task's state directory, under the process's one state
 * memory budget ({@link BoundedStateMemory}), so that its memory stays flat however long the
 * retention: the heap index it replaced grew by about 50 KB per retained article. A band's first
 * {@code bucketSize} texts are one value, read by one point lookup (a band claim's usual answer,
 * an empty band, is settled by the bloom filter); a fingerprint's copies and the articles by
 * ingestion are keys that sort as the lookups need them (one seek each). Beside each of a band's
 * texts is what its words sum up to, so that a claim rejects the band's unrelated texts without
 * reading their words. Band keys are looked up by a 64-bit hash: two bands that collide only add
 * candidates, each verified on its similarity before anything is called a copy.
 *
 * <p>Each change (a batch replaced, added or taken out) is one atomic RocksDB write, together with
 * the count of writes to the batches store that the index then reflects ({@link #applied()}). The
 * deciding stage keeps the same count in a changelogged store and rebuilds the index wherever the
 * two differ: after a restore from the changelog, a task that comes back to an instance after
 * others moved it on, or an index that lost unflushed writes in a crash.
 */
final class ClaimIndex implements StateStore {

    /**
     * A paragraph of a stored batch, ordered by {@link CopyOrder}. {@code shingles} is its word
     * set where it claimed bands here, else null.
     */
    record Copy(String articleId, Instant ingestedAt, int index, Shingles shingles) {

        ParagraphRef ref() {
            return new ParagraphRef(articleId, index);
        }
    }

    static final Comparator<Copy> ORDER = (a, b) -> CopyOrder.compare(a.ingestedAt(), a.articleId(), a.index(),
            b.ingestedAt(), b.articleId(), b.index());

    /** One paragraph text (fingerprint) of a similarity band, represented by its first copy. */
    record Text(String fingerprint, Copy first) {}

    // key prefixes: one key space, so that one atomic write covers a whole change
    private static final byte OWNER = 'O';     // fingerprint, copy → nothing
    private static final byte NEAR_COPY = 'N'; // fingerprint, copy → nothing
    private static final byte WORDS = 'W';     // fingerprint → its word set (every copy of a text has the same)
    private static final byte BAND = 'D';      // band hash → its first bucketSize texts, each a first copy, fingerprint, summary
    private static final byte MORE = 'd';      // band hash, first copy, fingerprint → summary: the band's texts after those
    private static final byte ARTICLE = 'E';   // ingestedAt, article id → nothing
    private static final byte[] APPLIED = {'S'};
    private static final byte[] NOTHING = {};
    private static final int SUMMARY_BYTES = 24;
    /** The bytes of a key its bloom filter is on: a band key's kind and band, a fingerprint key's kind and first bytes. */
    private static final int PREFIX = 9;

    private final String name;
    private final int bucketSize;
    private Path directory;
    private Map<String, Object> configs = Map.of();
    private Options options;
    private WriteOptions writeOptions;
    private ReadOptions readOptions;
    private RocksDB db;
    private long applied;

    ClaimIndex(String name, int bucketSize) {
        this.name = name;
        this.bucketSize = bucketSize;
    }

    /** The index as a state store of the topology: not changelogged, since it is derived. */
    static StoreBuilder<ClaimIndex> builder(String name, int bucketSize) {
        return new StoreBuilder<>() {
            @Override
            public StoreBuilder<ClaimIndex> withCachingEnabled() {
                return this;
            }

            @Override
            public StoreBuilder<ClaimIndex> withCachingDisabled() {
                return this;
            }

            @Override
            public StoreBuilder<ClaimIndex> withLoggingEnabled(Map<String, String> config) {
                throw new UnsupportedOperationException("the claim index is derived from the batches: never changelogged");
            }

            @Override
            public StoreBuilder<ClaimIndex> withLoggingDisabled() {
                return this;
            }

            @Override
            public ClaimIndex build() {
                return new ClaimIndex(name, bucketSize);
            }

            @Override
            public Map<String, String> logConfig() {
                return Map.of();
            }

            @Override
            public boolean loggingEnabled() {
                return false;
            }

            @Override
            public String name() {
                return name;
            }
        };
    }

    // the store's life, as Kafka Streams leads it

    @Override
    public String name() {
        return name;
    }

    @Override
    public void init(StateStoreContext context, StateStore root) {
        configs = context.appConfigs();
        open(context.stateDir().toPath().resolve(name));
        context.register(root, (key, value) -> {
            throw new IllegalStateException("the claim index has no changelog to restore from");
        });
    }

    /** Opens (or creates) the index in a directory: for the store's init, and for tests. */
    void open(Path directory) {
        this.directory = directory;
        try {
            Files.createDirectories(directory);
            options = new Options().setCreateIfMissing(true);
            // most lookups find nothing (a band claim meets 0.5 remembered texts): a bloom filter on
            // the first PREFIX bytes of each key (a band, or a fingerprint's first bytes) lets a
            // seek skip the files and memtables that cannot hold its prefix
            options.useFixedLengthPrefixExtractor(PREFIX);
            options.setMemtablePrefixBloomSizeRatio(0.1);
            // every key is looked up by its prefix (a band key is all prefix, a word set's is as
            // good as its fingerprint): entries for whole keys would only double the filters, which
            // take their share of the state's cache from the blocks the lookups read
            options.setTableFormatConfig(new BlockBasedTableConfig().setFilterPolicy(new BloomFilter(10))
                    .setWholeKeyFiltering(false));
            // as Kafka Streams sets its own stores: written far more than read back from disk
            options.setCompactionStyle(CompactionStyle.UNIVERSAL);
            options.setCompressionType(CompressionType.NO_COMPRESSION);
            options.setInfoLogLevel(InfoLogLevel.ERROR_LEVEL);
            new BoundedStateMemory().setConfig(name, options, configs);
            // as Kafka Streams' own stores: durability comes from the changelog, here from the rebuild
            writeOptions = new WriteOptions().setDisableWAL(true);
            readOptions = new ReadOptions();
            db = RocksDB.open(options, directory.toString());
            byte[] count = db.get(APPLIED);
            applied = count == null ? -1 : ByteBuffer.wrap(count).getLong();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the claim index in " + directory, e);
        } catch (RocksDBException e) {
            throw new ProcessorStateException("Could not open the claim index in " + directory, e);
        }
    }

    @Override
    public void flush() {
        // nothing to make durable at a commit: a lost write shows in applied() and the index is rebuilt
    }

    @Override
    public void close() {
        if (db == null) {
            return;
        }
        try (FlushOptions flush = new FlushOptions().setWaitForFlush(true)) {
            db.flush(flush); // so that a clean stop needs no rebuild
        } catch (RocksDBException e) {
            throw new ProcessorStateException("Could not flush the claim index in " + directory, e);
        } finally {
            db.close();
            writeOptions.close();
            readOptions.close();
            options.close();
            db = null;
        }
    }

    @Override
    public boolean persistent() {
        return true;
    }

    @Override
    public boolean isOpen() {
        return db != null;
    }

    // reading

    /** How many writes to the batches store the index reflects; -1 for none ever (a new index). */
    long applied() {
        return applied;
    }

    /**
     * The lookups of one batch, through one iterator: made once, it is positioned by a seek per
     * lookup. It sees the index as it was when opened, so it is closed before the batch is applied
     * (the band values it read ahead stay readable for that).
     */
    Lookup lookup() {
        return new Lookup(db.newIterator(), Map.of(), Map.of());
    }

    /**
     * The lookups of a batch, with what applying it will read (ahead, while the lookup's iterator
     * is open): the values of all its bands, with one RocksDB multi-get instead of a get per band
     * claim, and the first copy of each of its texts. The change that then applies the batch reads
     * them from here instead of again from the index ({@link #apply(Claims, Claims, long, Lookup)}),
     * where each first copy would cost an iterator of its own.
     */
    Lookup lookup(Claims batch) {
        RocksIterator it = db.newIterator();
        if (batch.near().isEmpty()) {
            return new Lookup(it, Map.of(), Map.of());
        }
        List<Long> hashes = batch.near().stream().map(claim -> hash(claim.band())).distinct().toList();
        Map<Long, byte[]> bands = new HashMap<>(hashes.size() * 2);
        Map<String, byte[]> firsts = new HashMap<>();
        boolean read = false;
        try {
            List<byte[]> values = db.multiGetAsList(readOptions, hashes.stream().map(ClaimIndex::bandKey).toList());
            for (int i = 0; i < hashes.size(); i++) {
                bands.put(hashes.get(i), values.get(i)); // null: the band keeps no text
            }
            for (BandClaim claim : batch.near()) {
                if (!firsts.containsKey(claim.fingerprint())) {
                    firsts.put(claim.fingerprint(), first(it, prefix(NEAR_COPY, claim.fingerprint())));
                }
            }
            read = true;
        } catch (RocksDBException e) {
            throw new ProcessorStateException("Could not read the claim index in " + directory, e);
        } finally {
            if (!read) {
                it.close();
            }
        }
        return new Lookup(it, bands, firsts);
    }

    final class Lookup implements AutoCloseable {

        private final RocksIterator it;
        /** Band values read ahead, by band hash; a band here with null keeps no text. */
        private final Map<Long, byte[]> bands;
        /** The first copy of each text of the batch, read ahead, by fingerprint: null where it has none yet. */
        private final Map<String, byte[]> firsts;
        /**
         * The word sets read, by fingerprint: a paragraph's bands on a partition often share a
         * text, a near copy, and each would read its words again.
         */
        private final Map<String, Shingles> wordSets = new HashMap<>();

        private Lookup(RocksIterator it, Map<Long, byte[]> bands, Map<String, byte[]> firsts) {
            this.it = it;
            this.bands = bands;
            this.firsts = firsts;
        }

        /** The first copy of a fingerprint among the batches, or null. */
        Copy owner(String fingerprint) {
            byte[] prefix = prefix(OWNER, fingerprint);
            it.seek(prefix);
            if (!it.isValid() || !startsWith(it.key(), prefix)) {
                return null;
            }
            return new Keys(it.key(), prefix.length).copy(null);
        }

        /**
         * The copies of a key in order, the first {@code limit}: a sentence's, whose new first copy
         * tells them all; a line's on a site, whose first copies are counted.
         */
        List<Copy> copies(String key, int limit) {
            byte[] prefix = prefix(OWNER, key);
            List<Copy> copies = new ArrayList<>(2);
            for (it.seek(prefix); it.isValid() && startsWith(it.key(), prefix) && copies.size() < limit; it.next()) {
                copies.add(new Keys(it.key(), prefix.length).copy(null));
            }
            return copies;
        }

        /**
         * The texts a band keeps that may be near copies of a paragraph (see {@link
         * NearCopy#mayBeNearCopies}), in the order of their first copies; all it keeps (at most
         * {@code bucketSize}) where {@code rule} is null. The paragraph's own text, where the band
         * keeps it (an exact copy), comes with the paragraph's words, which are its words: they are
         * not read.
         */
        List<Text> candidates(String band, String fingerprint, Shingles paragraph, NearCopy rule) {
            long hash = hash(band);
            byte[] kept;
            try {
                kept = bands.containsKey(hash) ? bands.get(hash) : db.get(bandKey(hash));
            } catch (RocksDBException e) {
                throw new ProcessorStateException("Could not read the claim index in " + directory, e);
            }
            if (kept == null) {
                return List.of();
            }
            List<Text> texts = new ArrayList<>(2);
            ByteBuffer entries = ByteBuffer.wrap(kept);
            while (entries.hasRemaining()) {
                byte[] entry = new byte[entries.getShort() & 0xFFFF];
                entries.get(entry);
                int words = entries.getInt();
                int numbers = entries.getInt();
                long low = entries.getLong();
                long high = entries.getLong();
                if (rule == null || rule.mayBeNearCopies(paragraph, words, numbers, low, high)) {
                    String text = new Keys(entry, 0).fingerprint();
                    Shingles wordSet = text.equals(fingerprint) ? paragraph
                            : wordSets.computeIfAbsent(text, ClaimIndex.this::wordSet);
                    texts.add(new Text(text, new Keys(entry, 0).copy(wordSet)));
                }
            }
            return texts;
        }

        @Override
        public void close() {
            it.close();
        }
    }

    /** For tests: the first copy of a fingerprint, or null. */
    Copy owner(String fingerprint) {
        try (Lookup lookup = lookup()) {
            return lookup.owner(fingerprint);
        }
    }

    /** For tests: the texts a band keeps, in the order of their first copies: at most {@code bucketSize}. */
    List<Text> band(String band) {
        try (Lookup lookup = lookup()) {
            return lookup.candidates(band, null, null, null);
        }
    }

    private Shingles wordSet(String fingerprint) {
        try {
            byte[] bytes = db.get(prefix(WORDS, fingerprint));
            if (bytes == null) {
                throw new IllegalStateException("the claim index in " + directory + " has a band text without its copy");
            }
            return InternalSerdes.WORD_SETS.deserializer().deserialize(name, bytes);
        } catch (RocksDBException e) {
            throw new ProcessorStateException("Could not read the claim index in " + directory, e);
        }
    }

    /** The articles whose batches were ingested before {@code cutoff}, the earliest first. */
    List<String> ingestedBefore(Instant cutoff) {
        List<String> old = new ArrayList<>();
        try (ReadOptions acrossPrefixes = new ReadOptions().setTotalOrderSeek(true);
             RocksIterator it = db.newIterator(acrossPrefixes)) {
            for (it.seek(new byte[] {ARTICLE}); it.isValid() && it.key()[0] == ARTICLE; it.next()) {
                Keys key = new Keys(it.key(), 1);
                Instant ingestedAt = key.instant();
                if (!ingestedAt.isBefore(cutoff)) {
                    break;
                }
                old.add(key.articleId());
            }
        }
        return old;
    }

    /** For tests: how many bands hold a text. */
    int bands() {
        Set<Long> bands = new HashSet<>();
        try (ReadOptions acrossPrefixes = new ReadOptions().setTotalOrderSeek(true);
             RocksIterator it = db.newIterator(acrossPrefixes)) {
            for (it.seek(new byte[] {BAND}); it.isValid() && it.key()[0] == BAND; it.next()) {
                bands.add(ByteBuffer.wrap(it.key(), 1, 8).getLong());
            }
        }
        return bands.size();
    }

    // writing

    /**
     * Takes a stored batch out and puts another in (either may be null: a batch new to the
     * partition, or one deleted), in one atomic write that also records the count of batch writes
     * the index now reflects.
     */
    void apply(Claims removed, Claims added, long appliedNow) {
        apply(removed, added, appliedNow, Map.of(), Map.of());
    }

    /**
     * As {@link #apply(Claims, Claims, long)}, where {@code read} is the lookup of the batch added,
     * made on the index as it is now: the bands and first copies it read are not read again.
     */
    void apply(Claims removed, Claims added, long appliedNow, Lookup read) {
        apply(removed, added, appliedNow, read.bands, read.firsts);
    }

    private void apply(Claims removed, Claims added, long appliedNow, Map<Long, byte[]> bandsRead,
                       Map<String, byte[]> firstsRead) {
        try (WriteBatchWithIndex batch = new WriteBatchWithIndex(true)) {
            Change change = new Change(batch, new HashMap<>(bandsRead), new HashMap<>(firstsRead));
            if (removed != null) {
                change.remove(removed);
            }
            if (added != null) {
                change.add(added);
            }
            batch.put(APPLIED, ByteBuffer.allocate(8).putLong(appliedNow).array());
            db.write(writeOptions, batch);
            applied = appliedNow;
        } catch (RocksDBException e) {
            throw new ProcessorStateException("Could not write the claim index in " + directory, e);
        }
    }

    /** Empties the index, to be built again from the batches. */
    void clear() {
        Path at = directory;
        close();
        try {
            Utils.delete(at.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the claim index in " + at, e);
        }
        open(at);
    }

    /** One change of the index, read through its own writes (a replay takes out what it puts back). */
    private final class Change {

        private final WriteBatchWithIndex batch;
        /**
         * Band values as this change sees them, by band hash (null: the band keeps no text): those
         * read before it, each band as it was last read or written here.
         */
        private final Map<Long, byte[]> bands;
        /**
         * The first copy of texts as this change sees them, by fingerprint (null: none): those read
         * before it, each as this change last made it. A text whose copies it took out is not here:
         * its first copy is read through the change.
         */
        private final Map<String, byte[]> firsts;

        private Change(WriteBatchWithIndex batch, Map<Long, byte[]> bands, Map<String, byte[]> firsts) {
            this.batch = batch;
            this.bands = bands;
            this.firsts = firsts;
        }

        void add(Claims claims) {
            byte[] article = order(claims.ingestedAt(), claims.articleId());
            for (Claim claim : claims.exact()) {
                put(concat(prefix(OWNER, claim.fingerprint()), copy(article, claim.index())), NOTHING);
            }
            // sentence keys and lines on a site are in hash domains of their own: they never meet a fingerprint here
            for (Claim claim : claims.sentences()) {
                put(concat(prefix(OWNER, claim.fingerprint()), copy(article, claim.index())), NOTHING);
            }
            for (Claim claim : claims.recurring()) {
                put(concat(prefix(OWNER, claim.fingerprint()), copy(article, claim.index())), NOTHING);
            }
            forEachParagraph(claims.near(), (paragraph, bands) -> {
                byte[] texts = prefix(NEAR_COPY, paragraph.fingerprint());
                byte[] mine = copy(article, paragraph.index());
                byte[] firstBefore = firstCopy(paragraph.fingerprint(), texts);
                put(concat(texts, mine), NOTHING);
                firsts.put(paragraph.fingerprint(),
                        firstBefore == null || Arrays.compareUnsigned(mine, firstBefore) < 0 ? mine : firstBefore);
                if (firstBefore == null) {
                    put(prefix(WORDS, paragraph.fingerprint()),
                            InternalSerdes.WORD_SETS.serializer().serialize(name, paragraph.shingles()));
                    moveText(paragraph, bands, null, mine);
                } else if (Arrays.compareUnsigned(mine, firstBefore) < 0) {
                    moveText(paragraph, bands, firstBefore, mine);
                }
            });
            put(concat(new byte[] {ARTICLE}, article), NOTHING);
        }

        void remove(Claims claims) {
            byte[] article = order(claims.ingestedAt(), claims.articleId());
            for (Claim claim : claims.exact()) {
                delete(concat(prefix(OWNER, claim.fingerprint()), copy(article, claim.index())));
            }
            for (Claim claim : claims.sentences()) {
                delete(concat(prefix(OWNER, claim.fingerprint()), copy(article, claim.index())));
            }
            for (Claim claim : claims.recurring()) {
                delete(concat(prefix(OWNER, claim.fingerprint()), copy(article, claim.index())));
            }
            forEachParagraph(claims.near(), (paragraph, bands) -> {
                byte[] texts = prefix(NEAR_COPY, paragraph.fingerprint());
                byte[] mine = copy(article, paragraph.index());
                byte[] firstBefore = firstCopy(paragraph.fingerprint(), texts);
                delete(concat(texts, mine));
                firsts.remove(paragraph.fingerprint()); // the next copy is read through the change
                if (firstBefore != null && Arrays.equals(firstBefore, mine)) {
                    byte[] next = first(texts); // the next copy stands for the text, if any
                    moveText(paragraph, bands, mine, next);
                    if (next == null) {
                        delete(prefix(WORDS, paragraph.fingerprint()));
                    }
                }
            });
            delete(concat(new byte[] {ARTICLE}, article));
        }

        /** Moves a text in each of its bands from one first copy to another (either null: none). */
        private void moveText(BandClaim paragraph, long[] bands, byte[] from, byte[] to) {
            byte[] fingerprint = fingerprint(paragraph.fingerprint());
            byte[] summary = summary(paragraph.shingles());
            for (long band : bands) {
                Band texts = band(band);
                if (from != null) {
                    texts.remove(concat(from, fingerprint));
                }
                if (to != null) {
                    texts.add(concat(to, fingerprint), summary);
                }
                texts.write();
            }
        }

        private Band band(long band) {
            if (bands.containsKey(band)) {
                return new Band(this, band, bands.get(band));
            }
            try {
                byte[] kept = batch.getFromBatchAndDB(db, readOptions, bandKey(band));
                bands.put(band, kept);
                return new Band(this, band, kept);
            } catch (RocksDBException e) {
                throw new ProcessorStateException("Could not read the claim index in " + directory, e);
            }
        }

        /** The first copy of a text, whose copies' keys start with {@code texts}, or null. */
        private byte[] firstCopy(String fingerprint, byte[] texts) {
            return firsts.containsKey(fingerprint) ? firsts.get(fingerprint) : first(texts);
        }

        /** The first copy under a prefix, as the key's rest after it, or null. */
        private byte[] first(byte[] prefix) {
            try (RocksIterator base = db.newIterator(); RocksIterator it = batch.newIteratorWithBase(base)) {
                return ClaimIndex.first(it, prefix);
            }
        }

        private byte[] get(byte[] key) {
            try {
                return batch.getFromBatchAndDB(db, readOptions, key);
            } catch (RocksDBException e) {
                throw new ProcessorStateException("Could not read the claim index in " + directory, e);
            }
        }

        private void put(byte[] key, byte[] value) {
            try {
                batch.put(key, value);
            } catch (RocksDBException e) {
                throw new ProcessorStateException("Could not write the claim index in " + directory, e);
            }
        }

        private void delete(byte[] key) {
            try {
                batch.delete(key);
            } catch (RocksDBException e) {
                throw new ProcessorStateException("Could not write the claim index in " + directory, e);
            }
        }
    }

    /**
     * The texts of one band as a change sees them: the first {@code bucketSize} (the only ones a
     * claim reads) in one value, read by one lookup; those after them, rarely any, one key each,
     * so that a band of thousands of texts (a template) is not rewritten whole for every text.
     */
    private final class Band {

        private final Change change;
        private final long band;
        private final List<byte[]> entries = new ArrayList<>();
        private final List<byte[]> summaries = new ArrayList<>();
        private boolean changed;

        private Band(Change change, long band, byte[] kept) {
            this.change = change;
            this.band = band;
            if (kept != null) {
                ByteBuffer bytes = ByteBuffer.wrap(kept);
                while (bytes.hasRemaining()) {
                    byte[] entry = new byte[bytes.getShort() & 0xFFFF];
                    bytes.get(entry);
                    byte[] summary = new byte[SUMMARY_BYTES];
                    bytes.get(summary);
                    entries.add(entry);
                    summaries.add(summary);
                }
            }
        }

        void add(byte[] entry, byte[] summary) {
            int at = 0;
            while (at < entries.size() && Arrays.compareUnsigned(entries.get(at), entry) < 0) {
                at++;
            }
            if (at == bucketSize) {
                change.put(moreKey(band, entry), summary); // after all it keeps
                return;
            }
            entries.add(at, entry);
            summaries.add(at, summary);
            changed = true;
            if (entries.size() > bucketSize) {
                int last = entries.size() - 1;
                change.put(moreKey(band, entries.remove(last)), summaries.remove(last));
            }
        }

        void remove(byte[] entry) {
            for (int i = 0; i < entries.size(); i++) {
                if (Arrays.equals(entries.get(i), entry)) {
                    entries.remove(i);
                    summaries.remove(i);
                    changed = true;
                    byte[] prefix = moreKey(band, new byte[0]);
                    byte[] next = change.first(prefix); // the first text after those kept takes the place
                    if (next != null) {
                        byte[] nextKey = concat(prefix, next);
                        entries.add(next);
                        summaries.add(change.get(nextKey));
                        change.delete(nextKey);
                    }
                    return;
                }
            }
            change.delete(moreKey(band, entry));
        }

        void write() {
            if (!changed) {
                return;
            }
            if (entries.isEmpty()) {
                change.bands.put(band, null);
                change.delete(bandKey(band));
                return;
            }
            int length = 0;
            for (byte[] entry : entries) {
                length += 2 + entry.length + SUMMARY_BYTES;
            }
            ByteBuffer value = ByteBuffer.allocate(length);
            for (int i = 0; i < entries.size(); i++) {
                value.putShort((short) entries.get(i).length).put(entries.get(i)).put(summaries.get(i));
            }
            change.bands.put(band, value.array());
            change.put(bandKey(band), value.array());
        }
    }

    private static byte[] bandKey(long band) {
        return ByteBuffer.allocate(9).put(BAND).putLong(band).array();
    }

    private static byte[] moreKey(long band, byte[] entry) {
        return ByteBuffer.allocate(9 + entry.length).put(MORE).putLong(band).put(entry).array();
    }

    private interface ParagraphBands {
        void accept(BandClaim paragraph, long[] bands);
    }

    /** The band claims of a batch come paragraph by paragraph: each paragraph once, with its bands' hashes. */
    private static void forEachParagraph(List<BandClaim> claims, ParagraphBands action) {
        for (int from = 0; from < claims.size(); ) {
            BandClaim paragraph = claims.get(from);
            int to = from;
            while (to < claims.size() && claims.get(to).index() == paragraph.index()) {
                to++;
            }
            long[] bands = new long[to - from];
            for (int i = from; i < to; i++) {
                bands[i - from] = hash(claims.get(i).band());
            }
            action.accept(paragraph, bands);
            from = to;
        }
    }

    // keys

    /**
     * An article's place in {@link CopyOrder}, as bytes that sort the same: the time (seconds with
     * the sign bit flipped, then nanoseconds), then the article id char by char as {@link
     * String#compareTo} compares it (a char below 0x7E as one byte, one above it, any other as 0x7F
     * and its two bytes), ended by a zero byte.
     */
    private static byte[] order(Instant ingestedAt, String articleId) {
        ByteBuffer bytes = ByteBuffer.allocate(12 + 3 * articleId.length() + 1);
        bytes.putLong(ingestedAt.getEpochSecond() ^ Long.MIN_VALUE).putInt(ingestedAt.getNano());
        for (int i = 0; i < articleId.length(); i++) {
            char c = articleId.charAt(i);
            if (c < WIDE - 1) {
                bytes.put((byte) (c + 1));
            } else {
                bytes.put((byte) WIDE).putChar(c);
            }
        }
        bytes.put((byte) 0);
        return Arrays.copyOf(bytes.array(), bytes.position());
    }

    private static final int WIDE = 0x7F;

    /** A paragraph's place in {@link CopyOrder}: its article's, then its index. */
    private static byte[] copy(byte[] article, int index) {
        return ByteBuffer.allocate(article.length + 4).put(article).putInt(index ^ Integer.MIN_VALUE).array();
    }

    private static byte[] prefix(byte kind, String fingerprint) {
        return concat(new byte[] {kind}, fingerprint(fingerprint));
    }

    /**
     * A fingerprint, after its length: as its 16 bytes where it is 32 lower-case hex digits (as
     * {@link Fingerprinter} writes them; the length byte's top bit says so), else as UTF-8.
     */
    private static byte[] fingerprint(String fingerprint) {
        if (fingerprint.length() == 32 && InternalSerdes.isLowerHex(fingerprint)) {
            return ByteBuffer.allocate(17).put((byte) 0x90).put(HexFormat.of().parseHex(fingerprint)).array();
        }
        byte[] bytes = fingerprint.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0x7F) {
            throw new IllegalArgumentException("a fingerprint of more than 127 bytes: " + fingerprint);
        }
        return ByteBuffer.allocate(1 + bytes.length).put((byte) bytes.length).put(bytes).array();
    }

    /** What a text's words sum up to, as {@link NearCopy#mayBeNearCopies} reads it. */
    private static byte[] summary(Shingles words) {
        return ByteBuffer.allocate(SUMMARY_BYTES).putInt(words.hashes().length).putInt(words.numbers().hashCode())
                .putLong(words.countsLow()).putLong(words.countsHigh()).array();
    }

    /** Reads a key from a position on: an article's order, a copy's index, a fingerprint. */
    private static final class Keys {

        private final ByteBuffer bytes;

        private Keys(byte[] key, int from) {
            this.bytes = ByteBuffer.wrap(key);
            bytes.position(from);
        }

        Instant instant() {
            return Instant.ofEpochSecond(bytes.getLong() ^ Long.MIN_VALUE, bytes.getInt());
        }

        String articleId() {
            StringBuilder id = new StringBuilder();
            for (int b = bytes.get() & 0xFF; b != 0; b = bytes.get() & 0xFF) {
                id.append(b == WIDE ? bytes.getChar() : (char) (b - 1));
            }
            return id.toString();
        }

        Copy copy(Shingles shingles) {
            Instant ingestedAt = instant();
            String articleId = articleId();
            return new Copy(articleId, ingestedAt, bytes.getInt() ^ Integer.MIN_VALUE, shingles);
        }

        /** Where the copy that starts here ends. */
        int end() {
            int start = bytes.position();
            copy(null);
            int end = bytes.position();
            bytes.position(start);
            return end;
        }

        /** The fingerprint after the copy that starts here. */
        String fingerprint() {
            bytes.position(end());
            int header = bytes.get() & 0xFF;
            byte[] fingerprint = new byte[header & 0x7F];
            bytes.get(fingerprint);
            return (header & 0x80) != 0 ? HexFormat.of().formatHex(fingerprint)
                    : new String(fingerprint, StandardCharsets.UTF_8);
        }
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        ByteBuffer all = ByteBuffer.allocate(length);
        Stream.of(parts).forEach(all::put);
        return all.array();
    }

    /** The rest of the first key under a prefix, after the prefix, or null. */
    private static byte[] first(RocksIterator it, byte[] prefix) {
        it.seek(prefix);
        if (!it.isValid() || !startsWith(it.key(), prefix)) {
            return null;
        }
        byte[] key = it.key();
        return Arrays.copyOfRange(key, prefix.length, key.length);
    }

    private static boolean startsWith(byte[] key, byte[] prefix) {
        return key.length >= prefix.length && Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** 64 bits of a band key: letters, digits and colons, hashed as {@link String#hashCode()} is, wider. */
    static long hash(String band) {
        long h = 1125899906842597L;
        for (int i = 0; i < band.length(); i++) {
            h = 31 * h + band.charAt(i);
        }
        return h ^ (h >>> 29);
    }
}
