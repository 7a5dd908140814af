package dev.newsflow.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The measuring commands: each prints its figures and ends with one machine-readable line. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        header = "Measure the quality of a stage of the pipeline.",
        description = {"Each subcommand prints its figures and ends with one machine-readable line."},
        subcommands = {EvalNerCommand.class, EvalDedupCommand.class, EvalRolesCommand.class, EvalExtractCommand.class})
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
