package dev.newsflow.cli;

/** A command that runs until stopped; {@link #stop()} does what Ctrl-C does, for callers in the same process. */
interface Stoppable {

    void stop();
}
