package dev.newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsflow.measure.crash.CrashTestProcess;
import org.junit.jupiter.api.Test;

/** The crash test (in a module before this one) starts newsflow's services by the main class's name. */
class CrashTestMainClassTest {

    @Test
    void namesTheMainClassOfThisModule() {
        assertEquals(Main.class.getName(), CrashTestProcess.NEWSFLOW_MAIN);
    }
}
