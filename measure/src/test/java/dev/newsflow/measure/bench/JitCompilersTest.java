package dev.newsflow.measure.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JitCompilersTest {

    @Test
    void readsUserAndSystemTimeAfterANameWithSpacesAndParentheses() {
        String stat = "4242 (C2 CompilerThre) S 1 4200 4200 0 -1 4194368 512 0 0 0 1234 56 0 0 20 0 28 0 100 0 0";
        assertEquals(1234 + 56, JitCompilers.userAndSystemTicks(stat));
        assertEquals(7 + 8, JitCompilers.userAndSystemTicks("1 (a) b) R 1 1 1 0 -1 0 0 0 0 0 7 8 0 0 20 0 1 0 1 0 0"));
    }

    @Test
    void findsTheCompilerThreadsOfThisJvmOnLinux() {
        if (!System.getProperty("os.name").startsWith("Linux")) {
            return;
        }
        long sum = 0;
        for (int round = 0; round < 200_000; round++) { // gives the compilers work, if starting JUnit did not
            sum += Integer.toString(round).hashCode();
        }
        assertTrue(JitCompilers.cpuNanos() > 0, "no CPU time of a compiler thread in /proc/self/task; " + sum);
    }
}
