package dev.newsflow.measure.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time of the JVM's JIT compiler threads. They are not Java threads, so no MXBean
 * gives their CPU time; Linux names them in /proc ("C1 CompilerThre", "C2 CompilerThre").
 * On the 2-core machine they took about a third of the process's CPU during a stage of 2,000
 * articles after 1,000 warm-up articles: a figure that says how warm the JIT was, not what a
 * stage costs, so the benchmark reports it apart.
 */
final class JitCompilers {

    private static final Path TASKS = Path.of("/proc/self/task");
    /** Linux's USER_HZ, the unit of the times in /proc/PID/stat: 100 on every architecture Java runs on. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private JitCompilers() {}

    /** Their CPU time so far, in nanoseconds (to 10 ms); -1 where /proc cannot tell. */
    static long cpuNanos() {
        if (!Files.isDirectory(TASKS)) {
            return -1;
        }
        long ticks = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                try {
                    if (Files.readString(task.resolve("comm")).contains("CompilerThre")) {
                        ticks += userAndSystemTicks(Files.readString(task.resolve("stat")));
                    }
                } catch (IOException e) {
                    // the thread ended while it was read: the JVM stops idle compiler threads
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return ticks * NANOS_PER_TICK;
    }

    /** utime and stime, the 14th and 15th fields; the name before them is in parentheses and may hold spaces. */
    static long userAndSystemTicks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
