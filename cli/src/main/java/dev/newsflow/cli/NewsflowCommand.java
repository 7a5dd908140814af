package dev.newsflow.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: subcommands for the all-in-one run and for each service. */
@Command(name = "newsflow",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        header = "Streaming news ingest on Kafka: repeated paragraphs removed, named entities tagged.",
        description = {"", "Articles go to newsflow.articles, the enrich topology writes newsflow.enriched, "
            + "the sink writes it to files. 'newsflow run INPUT... --out DIR' does all of it in one process."},
        subcommands = {RunCommand.class, IngestCommand.class, EnrichCommand.class, SinkCommand.class, WatchCommand.class, EvalCommand.class,
            BenchCommand.class, CrashTestCommand.class, BrokerCommand.class, CommandLine.HelpCommand.class})
public final class NewsflowCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new NewsflowCommand());
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        return commandLine;
    }
}
