package dev.newsflow.cli;

import dev.newsflow.measure.crash.CrashTest;
import dev.newsflow.measure.crash.CrashTestFigures;
import dev.newsflow.model.DirectoryTree;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "crash-test", mixinStandardHelpOptions = true,
        header = "Crash the separate services at random moments and check that every article is written exactly once.",
        description = {"Starts 'newsflow broker' (--brokers of them, nodes of one cluster), 'enrich' and 'sink' as child "
            + "processes, generates a corpus with known "
            + "copies from --corpus, pipes it into a child 'newsflow ingest -' at a steady pace (12 s per crash in all), "
            + "and crashes the services --kills times in all: the ingest is killed mid-way (the pipe has not carried "
            + "the rest yet, so it surely is) and run again on the whole corpus; the sink halts once in the middle of writing a file and once between renaming a file and committing its "
            + "offsets (the test-only system property newsflow.sink.crashAt); the others are SIGKILLs of enrich and of the "
            + "sink at random moments, from the seed. Each killed service is started again, and the next crash waits until "
            + "it has made progress. Besides, --broker-kills SIGKILLs of brokers at random moments, each broker started "
            + "again at once on its data directory; the next crash waits until every partition has all its copies in sync, "
            + "so that with three brokers never more than one is down. Then the same articles, as first published, go "
            + "through a new pipeline (one broker) with no crash.",
            "",
            "Checked: (a) every committed record of newsflow.enriched (partition and offset, read as a read_committed "
            + "consumer) is in exactly one file, byte for byte, and the files hold nothing else; (b) every article of the "
            + "corpus is in the files; (c) newsflow.enriched is a changelog keyed by article id (enrich may revise an "
            + "article), so an article's content is its latest record, and it must equal the no-crash run's, except "
            + "which copy each duplicateOf names (the first copy behind it must be the same); (d) no article is "
            + "published again unchanged (the ingest rerun replays what the killed ingest published, and enrich emits "
            + "on change).",
            "",
            "Last line: crash kills=K broker_kills=B expected=E found=F duplicated=D missing=M differing=X lost=L "
            + "repeats=R. kills: crashes of the services done; broker_kills: SIGKILLs of brokers done; expected: articles in the corpus; found: of those, articles in the files; duplicated: lines "
            + "beyond one per record of newsflow.enriched (revisions are records of their own, not duplicates); missing: "
            + "articles in no file; differing: articles whose latest record differs from the no-crash run's; lost: "
            + "committed records in no file; repeats: records that repeat an earlier record of their article byte for "
            + "byte. Exit status 0 when found=expected and the others are 0, else 1."})
final class CrashTestCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "2000", paramLabel = "N", description = "Articles to generate (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--kills", defaultValue = "7", paramLabel = "K",
            description = "Crashes in all, at least " + CrashTest.MIN_KILLS + " (default: ${DEFAULT-VALUE}).")
    int kills;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
            description = "Seed of the corpus and of the crash moments (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Folder for the corpus, the brokers' data, the output and the services' logs; kept. "
                + "Default: a temporary folder, removed when the test passes.")
    Path work;

    @Option(names = "--corpus", defaultValue = "corpus", paramLabel = "DIR",
            description = "Articles (.txt) whose paragraphs and words the generator uses (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--roll-records", defaultValue = "10", paramLabel = "N",
            description = "The sink's --roll-records: small files, so that crashes often meet a write (default: ${DEFAULT-VALUE}).")
    int rollRecords;

    @Option(names = "--partitions", defaultValue = "4", paramLabel = "N", description = "Partitions of the topics (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--brokers", defaultValue = "1", paramLabel = "N",
            description = "Brokers of the crash run: 1, or 3 (nodes of one cluster, each partition in three copies, "
                + "min.insync.replicas 2) (default: ${DEFAULT-VALUE}).")
    int brokers;

    @Option(names = "--broker-kills", paramLabel = "B",
            description = "SIGKILLs of brokers, besides --kills, at least 1 (default: as many as --brokers, each node once).")
    Integer brokerKills;

    @Option(names = "--tagging", description = "Tag entities too (slower; the crash test is about delivery, so tagging is off by default).")
    boolean tagging;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CrashTest.Settings settings;
        try {
            settings = new CrashTest.Settings(articles, kills, seed, corpus, rollRecords, partitions, tagging, brokers,
                    brokerKills == null ? brokers : brokerKills);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (work != null && holdsAnEarlierRun(work)) {
            // its broker data and logs would mix with this run's; nothing is deleted for the user
            throw new ParameterException(spec.commandLine(), "--work " + work
                    + " holds an earlier crash test (crash/, reference/ or input/); give a new or empty folder");
        }
        PrintWriter out = spec.commandLine().getOut();
        boolean temporary = work == null;
        Path dir = temporary ? Files.createTempDirectory("newsflow-crash-test-") : Files.createDirectories(work);
        out.printf("crash test in %s%n", dir);
        out.flush();
        CrashTestFigures figures = new CrashTest(settings, dir, line -> {
            out.println(line);
            out.flush();
        }).run();
        if (temporary && figures.passed()) {
            DirectoryTree.delete(dir);
        }
        out.println(figures.line());
        out.flush();
        return figures.passed() ? 0 : ErrorHandler.FAILED;
    }

    private static boolean holdsAnEarlierRun(Path dir) {
        return Stream.of("crash", "reference", "input").anyMatch(name -> Files.exists(dir.resolve(name)));
    }
}
