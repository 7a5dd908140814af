package dev.newsflow.enrich;

import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.IndexType;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * Puts every RocksDB store of the process under one memory budget: one block cache shared by all
 * stores, with their memtables, indexes and filters charged to it.
 *
 * <p>Kafka Streams gives each store instance its own 50 MB block cache and up to three 16 MB
 * memtables. enrich has five stores per partition, so on 4 partitions that is up to 2 GB outside
 * the heap, growing with the state, and twice that on 8 partitions. With one budget the resident
 * set stays flat however many partitions and articles there are. This is the setup the Kafka
 * Streams documentation gives under "RocksDB memory management".
 *
 * <p>The budget is {@value #DEFAULT_BYTES} bytes unless the Streams configuration sets
 * {@value #BYTES_CONFIG}; it is fixed by the first store opened in the process.
 */
public final class BoundedStateMemory implements RocksDBConfigSetter {

    public static final String BYTES_CONFIG = "newsflow.state.memory.bytes";
    public static final long DEFAULT_BYTES = 256L * 1024 * 1024;

    /** The share of the budget for memtables; the rest caches blocks, indexes and filters. */
    private static final double MEMTABLE_SHARE = 0.5;
    /** The share of the cache kept for indexes and filters, so that data blocks do not push them out. */
    private static final double INDEX_AND_FILTER_SHARE = 0.1;
    private static final long MEMTABLE_BYTES = 16L * 1024 * 1024;
    /** The size of a partition of an index or a filter: a data block's. */
    private static final long METADATA_BLOCK_BYTES = 4096;

    private static Cache cache;
    private static WriteBufferManager writeBuffers;

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(sharedCache(configs));
        table.setCacheIndexAndFilterBlocks(true);
        table.setCacheIndexAndFilterBlocksWithHighPriority(true);
        // Index and filter in 4 KB partitions, only their top level pinned. A file's whole bloom
        // filter and index are one block otherwise, which grows with the file: once the state
        // outgrows the cache (2.2 GB of state at 20,000 bench articles), each lookup
        // that missed read megabytes of filter back, and the deciding stage's CPU per batch grew
        // from 1 to 6 ms over the run; partitioned, about 1 to 2 (docs/benchmarks.md, session 13).
        table.setIndexType(IndexType.kTwoLevelIndexSearch);
        table.setPartitionFilters(true);
        table.setMetadataBlockSize(METADATA_BLOCK_BYTES);
        table.setPinTopLevelIndexAndFilter(true);
        table.setPinL0FilterAndIndexBlocksInCache(true);
        options.setTableFormatConfig(table);
        options.setWriteBufferManager(writeBuffers);
        options.setWriteBufferSize(MEMTABLE_BYTES);
        options.setMaxWriteBufferNumber(2);
    }

    private static synchronized Cache sharedCache(Map<String, Object> configs) {
        if (cache == null) {
            long bytes = budget(configs);
            cache = new LRUCache(bytes, -1, false, INDEX_AND_FILTER_SHARE);
            writeBuffers = new WriteBufferManager((long) (bytes * MEMTABLE_SHARE), cache);
        }
        return cache;
    }

    static long budget(Map<String, Object> configs) {
        Object value = configs.get(BYTES_CONFIG);
        if (value == null) {
            return DEFAULT_BYTES;
        }
        try {
            long bytes = Long.parseLong(value.toString().strip());
            if (bytes < 16L * 1024 * 1024) {
                throw new IllegalArgumentException(BYTES_CONFIG + " must be at least 16 MiB (16777216), not " + value);
            }
            return bytes;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(BYTES_CONFIG + " must be a number of bytes, not '" + value + "'", e);
        }
    }

    @Override
    public void close(String storeName, Options options) {
        // the cache and the write buffer manager are shared by every store of the process: never closed here
    }
}
