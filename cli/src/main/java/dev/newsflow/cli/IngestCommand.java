package dev.newsflow.cli;

import dev.newsflow.ingest.ArticlePublisher;
import dev.newsflow.ingest.Ingest;
import dev.newsflow.ingest.IngestSummary;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        header = "Publish articles from files, directories or stdin to newsflow.articles.",
        description = {"Returns when every article is acknowledged by the cluster. A bad input (empty, binary, "
            + "malformed, too large) is reported as one line naming it and the reason; the rest goes on, and "
            + "no input file is ever moved or deleted. The same source always gets the same article id.",
            "",
            "Exit status: 0 done, 1 failed, 2 bad command line, 3 done but some inputs were rejected."})
final class IngestCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Mixin
    IngestOptions ingest;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        ConsoleIngestListener listener = new ConsoleIngestListener(spec.commandLine().getErr(), () -> "");
        IngestSummary summary;
        TopicSetup.ensure(kafka.client(), TopicSetup.DEFAULT_PARTITIONS);
        try (ArticlePublisher publisher = new ArticlePublisher(kafka.client())) {
            summary = new Ingest(ingest.reader(), publisher).run(ingest.inputs, System.in, listener);
        }
        listener.progress.clear();
        spec.commandLine().getOut().printf("Published %d articles from %d files (%s) in %.1f s; %d inputs rejected, %d files skipped.%n",
                summary.published(), summary.filesRead(), Bytes.human(summary.bytes()),
                (System.nanoTime() - start) / 1e9, summary.rejected(), summary.skipped());
        return summary.rejected() > 0 ? ErrorHandler.SOME_REJECTED : 0;
    }
}
