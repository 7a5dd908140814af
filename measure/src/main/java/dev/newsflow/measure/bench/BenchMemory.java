package dev.newsflow.measure.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Watches this process's memory while a stage runs: the heap in use and the resident set (heap,
 * RocksDB and everything else native), sampled every 100 ms on a daemon thread, and the heap
 * that survives a full collection at the start and the end of a stage, which tells whether
 * memory stays flat.
 */
public final class BenchMemory implements AutoCloseable {

    private static final long SAMPLE_EVERY_MS = 100;
    private static final Path STATUS = Path.of("/proc/self/status");

    private final MemoryMXBean heap = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private volatile long peakHeap;
    private volatile long peakResident;
    private volatile boolean running = true;

    public BenchMemory() {
        sampler = new Thread(this::sample, "bench-memory");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        while (running) {
            peakHeap = Math.max(peakHeap, heap.getHeapMemoryUsage().getUsed());
            peakResident = Math.max(peakResident, resident());
            try {
                Thread.sleep(SAMPLE_EVERY_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Starts a new stage: the peaks start again from now. */
    public void resetPeaks() {
        peakHeap = heap.getHeapMemoryUsage().getUsed();
        peakResident = resident();
    }

    public long peakHeap() {
        return peakHeap;
    }

    public long peakResident() {
        return peakResident;
    }

    /** The heap in use after a full collection: what the process really holds. Outside timed spans only. */
    public long retainedHeap() {
        System.gc();
        return heap.getHeapMemoryUsage().getUsed();
    }

    public long maxHeap() {
        return heap.getHeapMemoryUsage().getMax();
    }

    /** The resident set size from /proc, or 0 where there is none (not Linux). */
    public static long resident() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // no /proc: the figure is left out
        }
        return 0;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.interrupt();
        sampler.join();
    }
}
