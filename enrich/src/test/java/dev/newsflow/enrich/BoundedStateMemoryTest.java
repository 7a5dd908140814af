package dev.newsflow.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.FlushOptions;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.TableProperties;

class BoundedStateMemoryTest {

    private static final long BUDGET = 64L * 1024 * 1024;

    @TempDir
    Path stateDir;

    @Test
    void shouldTakeTheBudgetFromTheStreamsConfiguration() {
        assertEquals(BoundedStateMemory.DEFAULT_BYTES, BoundedStateMemory.budget(Map.of()));
        assertEquals(1L << 30, BoundedStateMemory.budget(Map.of(BoundedStateMemory.BYTES_CONFIG, "1073741824")));
    }

    @Test
    void shouldRefuseABudgetThatIsNotANumberOfBytesOrTooSmall() {
        IllegalArgumentException words = assertThrows(IllegalArgumentException.class,
                () -> BoundedStateMemory.budget(Map.of(BoundedStateMemory.BYTES_CONFIG, "512m")));
        assertEquals("newsflow.state.memory.bytes must be a number of bytes, not '512m'", words.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BoundedStateMemory.budget(Map.of(BoundedStateMemory.BYTES_CONFIG, "1000")));
    }

    @Test
    void shouldGiveEveryStoreOneBlockCacheOfTheBudgetThatTheirMemtablesAreChargedTo() throws Exception {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore("first"), Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore("second"), Serdes.String(), Serdes.String()));
        builder.stream("in", Consumed.with(Serdes.String(), Serdes.String())).process(PutInBoth::new, "first", "second");

        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "bounded-state-memory-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.METRICS_RECORDING_LEVEL_CONFIG, "DEBUG");
        props.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, freshCopyOfBoundedStateMemory());
        props.put(BoundedStateMemory.BYTES_CONFIG, Long.toString(BUDGET));

        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props)) {
            TestInputTopic<String, String> in = driver.createInputTopic("in", Serdes.String().serializer(), Serdes.String().serializer());
            for (int i = 0; i < 100; i++) {
                in.pipeInput("key-" + i, "Ein Absatz, der in beide Speicher geschrieben wird: " + i);
            }

            // what RocksDB itself reports (its rocksdb.block-cache-* properties), through Kafka Streams' metrics
            assertEquals(BUDGET, rocksDb(driver, "block-cache-capacity", "first"), "the first store's cache is the budget");
            assertEquals(BUDGET, rocksDb(driver, "block-cache-capacity", "second"), "the second store's cache is the budget");
            // nothing was read or flushed, so the cache holds next to nothing of its own (88 bytes without a write
            // buffer manager); a write buffer manager charges the memtables to it in reservations of 256 KiB
            long usage = rocksDb(driver, "block-cache-usage", "first");
            assertTrue(usage >= 256 * 1024, "the memtables are charged to the cache: " + usage);
            assertEquals(usage, rocksDb(driver, "block-cache-usage", "second"), "one cache, shared by both stores");
        }
    }

    @Test
    void shouldWriteTablesWhoseIndexAndFilterComeInPartitions() throws Exception {
        try (Options options = new Options().setCreateIfMissing(true)) {
            options.setTableFormatConfig(new BlockBasedTableConfig().setFilterPolicy(new BloomFilter(10)));
            new BoundedStateMemory().setConfig("partitioned", options, Map.of());
            try (RocksDB db = RocksDB.open(options, stateDir.resolve("partitioned").toString());
                 FlushOptions flush = new FlushOptions().setWaitForFlush(true)) {
                for (int i = 0; i < 50_000; i++) {
                    db.put(("Absatz-" + i).getBytes(StandardCharsets.UTF_8), new byte[100]);
                }
                db.flush(flush);
                // a file of about 6 MB: one index block of it would be some 30 KB, read whole at a cache miss
                Map<String, TableProperties> tables = db.getPropertiesOfAllTables();
                assertEquals(1, tables.size(), tables.keySet().toString());
                TableProperties table = tables.values().iterator().next();
                assertTrue(table.getIndexPartitions() > 1, "index partitions: " + table.getIndexPartitions());
                assertTrue(table.getTopLevelIndexSize() < table.getIndexSize() / 4,
                        "top level " + table.getTopLevelIndexSize() + " of " + table.getIndexSize() + " bytes");
                assertTrue(table.getFilterSize() > 0, "a bloom filter");
            }
        }
    }

    /** Puts each record into both stores. */
    private static final class PutInBoth implements Processor<String, String, Void, Void> {

        private KeyValueStore<String, String> first;
        private KeyValueStore<String, String> second;

        @Override
        public void init(ProcessorContext<Void, Void> context) {
            first = context.getStateStore("first");
            second = context.getStateStore("second");
        }

        @Override
        public void process(Record<String, String> record) {
            first.put(record.key(), record.value());
            second.put(record.key(), record.value());
        }
    }

    /** A RocksDB metric of one store, as Kafka Streams reports it. */
    private static long rocksDb(TopologyTestDriver driver, String metric, String store) {
        Map<MetricName, ? extends Metric> metrics = driver.metrics();
        return metrics.entrySet().stream()
                .filter(e -> e.getKey().group().equals("stream-state-metrics") && e.getKey().name().equals(metric)
                        && store.equals(e.getKey().tags().get("rocksdb-state-id")))
                .map(e -> ((Number) e.getValue().metricValue()).longValue())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no metric " + metric + " for store " + store + " among "
                        + metrics.keySet().stream().filter(n -> n.group().equals("stream-state-metrics")).map(MetricName::name).sorted().distinct().toList()));
    }

    /**
     * BoundedStateMemory loaded anew, with static fields of its own: the budget is fixed by the first store
     * the class opens in a JVM, and the other tests of this module open theirs with the default budget.
     */
    private static Class<?> freshCopyOfBoundedStateMemory() throws IOException, ClassNotFoundException {
        String name = BoundedStateMemory.class.getName();
        byte[] bytes;
        try (InputStream in = BoundedStateMemory.class.getResourceAsStream(BoundedStateMemory.class.getSimpleName() + ".class")) {
            bytes = in.readAllBytes();
        }
        ClassLoader loader = new ClassLoader(BoundedStateMemoryTest.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String className, boolean resolve) throws ClassNotFoundException {
                if (!className.equals(name)) {
                    return super.loadClass(className, resolve);
                }
                synchronized (getClassLoadingLock(className)) {
                    Class<?> loaded = findLoadedClass(className);
                    return loaded != null ? loaded : defineClass(className, bytes, 0, bytes.length);
                }
            }
        };
        return loader.loadClass(name);
    }
}
