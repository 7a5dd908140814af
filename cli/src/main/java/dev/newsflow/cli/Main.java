package dev.newsflow.cli;

/** The {@code newsflow} command. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        // logging set up before any thread logs, so that no early call is lost in the race
        org.slf4j.LoggerFactory.getILoggerFactory();
        System.exit(NewsflowCommand.commandLine().execute(args));
    }
}
