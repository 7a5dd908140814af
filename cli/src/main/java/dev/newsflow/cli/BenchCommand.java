package dev.newsflow.cli;

import dev.newsflow.broker.EmbeddedBroker;
import dev.newsflow.enrich.EnrichConfig;
import dev.newsflow.enrich.EnrichListener;
import dev.newsflow.enrich.EnrichTopology;
import dev.newsflow.enrich.entities.EntityTagger;
import dev.newsflow.measure.bench.BenchCorpus;
import dev.newsflow.measure.bench.BenchMemory;
import dev.newsflow.measure.bench.BenchReport;
import dev.newsflow.measure.bench.BenchRun;
import dev.newsflow.measure.bench.BenchStage;
import dev.newsflow.measure.bench.BenchStreams;
import dev.newsflow.measure.bench.BenchTagging;
import dev.newsflow.measure.bench.BenchTopics;
import dev.newsflow.measure.bench.TextbookDedup;
import dev.newsflow.measure.corpus.CorpusSources;
import dev.newsflow.metrics.Health;
import dev.newsflow.metrics.ServiceMetrics;
import dev.newsflow.model.Article;
import dev.newsflow.model.DirectoryTree;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Steps;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        header = "Measure how close newsflow runs to the limits of this machine.",
        description = {"Generates a corpus of news-length articles (about 1,000 words, a fifth of the paragraphs "
            + "repeated from earlier articles), starts an embedded broker, and measures on it, each stage on fresh "
            + "topics and state:",
            "  1. the limit: a Kafka Streams pass-through topology (same topic, records, partitions, exactly_once_v2);",
            "  2. newsflow's topology with entity tagging switched off;",
            "  3. the textbook peer: exact-only paragraph dedup as a Kafka Streams engineer writes it first "
            + "(paragraphs by fingerprint, a store of first paragraphs, verdicts back by article, an aggregate);",
            "  4. the recogniser alone, and the whole tagger alone, on the same texts outside Kafka;",
            "  5. newsflow's full topology;",
            "  6. the sink alone, draining what the full topology wrote;",
            "  7. 'newsflow run' end to end on the corpus as files.",
            "Throughput is measured from the first article produced to the last enriched record seen; latency "
            + "(ingest to enriched topic) with further articles fed at half that rate. Writes the figures to "
            + "OUT/bench.json and a chart to OUT/bench.svg.",
            "",
            "With --metrics-port the stages run with their metrics on, as the services do with it: the Kafka Streams "
            + "and client metrics bound, newsflow's counters counting, served on the port (and 'run' serving its own on "
            + "a free port); compare with a run without it for what metrics cost.",
            "",
            "Last line: bench ratio_dedup=R ratio_tagging=R ratio_textbook=R records_per_article=N articles_per_s=N "
            + "(ratio_dedup: topology without tagging / pass-through; ratio_tagging: full topology / recogniser alone; "
            + "ratio_textbook: topology without tagging / the textbook peer; records_per_article: records inside Kafka "
            + "per article of the topology without tagging; articles_per_s: the full topology)."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "20000", paramLabel = "N",
            description = "Articles to measure each stage on (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--partitions", defaultValue = "4", paramLabel = "N",
            description = "Partitions of the topics (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--threads", paramLabel = "N",
            description = "Stream threads, and tagging threads outside Kafka (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--out", defaultValue = "bench-results", paramLabel = "DIR",
            description = "Where bench.json and bench.svg go (default: ${DEFAULT-VALUE}).")
    Path resultsDir;

    @Option(names = "--corpus", defaultValue = "corpus", paramLabel = "DIR",
            description = "Articles (.txt) whose paragraphs the generator uses first (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--sentences", paramLabel = "DIR",
            description = "GermEval 2014 files (.tsv) whose sentences the generator's word model is built from "
                    + "(default: eval/germeval2014 beside the --corpus folder).")
    Path sentences;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--warmup", paramLabel = "N",
            description = "Articles fed through the pass-through and the topology without tagging before measuring, "
                    + "so that the first stage does not pay for the JIT (default: 1000, at most --articles).")
    Integer warmup;

    @Option(names = "--latency-articles", defaultValue = "300", paramLabel = "N",
            description = "At most this many articles fed at half the measured rate for latency, per stage "
                    + "(default: ${DEFAULT-VALUE}; fewer where 30 s would not do).")
    int latencyArticles;

    @Option(names = "--skip-tagging", description = "Leave out the stages that tag (recogniser, tagger, full topology), "
            + "the sink and run: pass-through, topology without tagging and the textbook peer remain.")
    boolean skipTagging;

    @Option(names = "--skip-run", description = "Leave out 'newsflow run' end to end.")
    boolean skipRun;

    @Option(names = "--streams-config", paramLabel = "KEY=VALUE",
            description = "A Kafka Streams setting for every topology stage, pass-through included "
                    + "(e.g. commit.interval.ms=200); repeatable.")
    Map<String, String> streamsConfig = new LinkedHashMap<>();

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "Where the broker, the state and the corpus files go (default: a temporary directory, deleted at the end).")
    Path workDir;

    @Option(names = "--timeout", defaultValue = "2h", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Give up on a stage whose articles are not all out after this long (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Mixin
    MetricsOptions metricsOptions;

    @Spec
    CommandSpec spec;

    private static final String PREFIX = "bench: ";
    // what a run leaves in its work directory, and a later run would trip over
    private static final String BROKER = "broker";
    private static final String STATE = "state";
    private static final String INPUT = "input";
    private static final String SINK_OUT = "sink-out";
    private static final String RUN_OUT = "run-out";
    private static final List<String> RUN_DIRECTORIES = List.of(BROKER, STATE, INPUT, SINK_OUT, RUN_OUT);

    /**
     * A work directory that an earlier run left its broker, state or files in is refused: the
     * sink would find its files there and take the new run's records for written already (and the
     * stage would wait for them for ever), and bench deletes nothing it was not asked to.
     */
    private void checkWorkDirIsFresh() {
        if (workDir == null) {
            return;
        }
        List<String> left = RUN_DIRECTORIES.stream().filter(name -> Files.exists(workDir.resolve(name))).toList();
        if (!left.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--work-dir " + workDir
                    + " holds an earlier run's " + String.join(", ", left)
                    + ": give a new or empty directory, or delete those first");
        }
    }

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || partitions < 1 || threads < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--articles, --partitions and --threads must be at least 1");
        }
        metricsOptions.check(spec);
        checkWorkDirIsFresh();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String startedAt = Instant.now().toString();
        boolean temporary = workDir == null;
        Path work = temporary ? Files.createTempDirectory("newsflow-bench") : Files.createDirectories(workDir);
        Logging.toFile(work.resolve("bench.log"));
        progress(err, "working in " + work + (temporary ? " (deleted at the end; --work-dir keeps it)" : ""));
        int warm = Math.min(articles, warmup == null ? 1000 : warmup);

        BenchCorpus corpus = step(err, "generating " + articles + " articles (+" + latencyArticles + " for latency)",
                () -> BenchCorpus.generate(CorpusSources.read(this.corpus,
                        sentences != null ? sentences : CorpusSources.sentencesBeside(this.corpus)), seed, articles, latencyArticles));
        BenchCorpus.Stats stats = corpus.stats();
        out.printf(Locale.ROOT, "corpus: %d articles, %.0f words and %.1f paragraphs each on average, %.1f KB of JSON each, "
                        + "%.1f%% of paragraphs after the headline repeated%n", stats.articles(), stats.wordsPerArticle(),
                stats.paragraphsPerArticle(), stats.bytesPerArticle() / 1000, 100 * stats.repeatedShare());
        out.printf(Locale.ROOT, "corpus to MinHash: %,d band claims read %.2f remembered paragraphs each, %.1f%% of them "
                + "verified similar%n", stats.bands().claims(), stats.bands().readPerClaim(), 100 * stats.bands().similarShare());
        out.printf(Locale.ROOT, "machine: %d cores, max heap %.0f MB, Java %s; %d partitions, %d stream threads, "
                        + "exactly_once_v2, one embedded broker in this process%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / BenchStage.MB, System.getProperty("java.version"), partitions, threads);
        out.flush();
        warnIfTheHeapIsSmall(articles);
        if (!skipRun) {
            step(err, "writing them as files for 'run' to " + work.resolve(INPUT), () -> {
                corpus.writeTextFiles(work.resolve(INPUT));
                return null;
            });
        }
        // the model loads (3 s) while the broker starts and the first stages run
        Steps.Background<EntityTagger> tagger = skipTagging ? null : Steps.inBackground(() -> new EnrichOptions().tagger());

        List<BenchStage> stages = new ArrayList<>();
        try (ServiceMetrics metrics = metricsOptions.start(err);
             BenchMemory memory = new BenchMemory();
             EmbeddedBroker broker = step(err, "starting Kafka (embedded, data in " + work.resolve(BROKER) + ")",
                     () -> EmbeddedBroker.start(work.resolve(BROKER), 0, Map.of()))) {
            Map<String, Object> client = Map.of("bootstrap.servers", broker.bootstrapServers());
            metrics.probe(client);
            metrics.checkService(() -> Health.UP);
            BenchStreams streams = new BenchStreams(client, streamsConfig, partitions, threads, work.resolve(STATE),
                    memory, err, timeout, metrics);
            EnrichConfig config = EnrichConfig.defaults();
            EnrichListener counted = metrics.enrichListener();

            if (warm > 0) {
                progress(err, "warming up on " + warm + " articles");
                BenchCorpus warmCorpus = new BenchCorpus(corpus.measured().subList(0, warm), List.of(), stats);
                streams.run("warmup", "warm-up, pass-through", "newsflow-bench-warmup-pass-through",
                        BenchStreams.passThrough(), warmCorpus, List.of(), null);
                streams.run("warmup", "warm-up, no tagging", "newsflow-bench-warmup-no-tagging",
                        EnrichTopology.build(config, EntityTagger.disabled(), counted), warmCorpus, List.of(), null);
                streams.run("warmup", "warm-up, textbook", "newsflow-bench-warmup-textbook",
                        TextbookDedup.build(), warmCorpus, List.of(), null);
            }
            measured(err, stages, streams.run("pass-through", "pass-through (limit)", "newsflow-bench-pass-through",
                    BenchStreams.passThrough(), corpus, corpus.probes(), null));
            measured(err, stages, streams.run("no-tagging", "topology, no tagging", "newsflow-bench-no-tagging",
                    EnrichTopology.build(config, EntityTagger.disabled(), counted), corpus, corpus.probes(), null));
            measured(err, stages, streams.run("textbook", "textbook dedup (exact)", "newsflow-bench-textbook",
                    TextbookDedup.build(), corpus, corpus.probes(), null));
            if (!skipTagging) {
                EntityTagger tagging;
                try (Steps steps = Steps.on(err, PREFIX)) {
                    tagging = steps.await("loading the German model", tagger);
                }
                measureTagging(err, stages, client, streams, corpus, config, tagging, memory, work, metrics);
            }
        } finally {
            if (temporary) {
                DirectoryTree.delete(work);
            }
        }

        BenchReport report = report(startedAt, stats, stages);
        out.println();
        report.printTable(out);
        out.println("MB/s: article JSON in, 10^6 bytes; CPU ms: CPU time of this process (broker included) per article;");
        out.println("JIT ms: the part of it the JIT compilers took (warming up, not the stage's own cost);");
        out.println("p50/p99: ingest to enriched topic, articles fed at half the stage's rate (* the whole corpus fed at once,");
        out.println("queueing included); heap: peak in use, the corpus held by the benchmark included; heap +/-: after a full");
        out.println("GC at the end minus at the start of the stage; state: the stage's state directory at the end.");
        out.println();
        printRatios(out, report);
        Path json = resultsDir.resolve("bench.json");
        Path svg = resultsDir.resolve("bench.svg");
        report.writeJson(json);
        report.writeChart(svg);
        out.printf("figures in %s, chart in %s%n", json, svg);
        out.println(report.lastLine());
        out.flush();
        return 0;
    }

    /** The recogniser and the tagger alone, then the full topology, the sink alone and the whole run. */
    private void measureTagging(PrintWriter err, List<BenchStage> stages, Map<String, Object> client, BenchStreams streams,
                                BenchCorpus corpus, EnrichConfig config, EntityTagger tagger, BenchMemory memory, Path work,
                                ServiceMetrics metrics) throws Exception {
        BenchCorpus.Stats stats = corpus.stats();
        // what the topology hands the tagger: the kept paragraphs of each article, from the stage before
        BenchTagging tagging = new BenchTagging(deduplicated(client, corpus.measured()), threads, memory, err);
        tagging.warmUp(tagger);
        // each measured stage gets a tagger of its own (sharing the one model): the tagger
        // remembers the mentions of the paragraphs it tagged last, for revised articles
        EnrichOptions taggers = new EnrichOptions();
        double retained = BenchStage.mb(memory.retainedHeap());
        BenchTagging.Tagged recognised = tagging.recogniserAlone();
        double tokensPerArticle = recognised.tokensPerArticle();
        measured(err, stages, BenchTagging.stage("recogniser", "recogniser alone", recognised, stats.bytesPerArticle(),
                tokensPerArticle, memory, retained, threads));
        retained = BenchStage.mb(memory.retainedHeap());
        measured(err, stages, BenchTagging.stage("tagger", "tagger alone", tagging.taggerAlone(taggers.tagger()),
                stats.bytesPerArticle(), tokensPerArticle, memory, retained, threads));
        tagging = null; // its articles are not part of what the next stages hold

        measured(err, stages, streams.run("full", "full topology", "newsflow-bench-full",
                EnrichTopology.build(config, taggers.tagger(), metrics.enrichListener()), corpus, corpus.probes(), tokensPerArticle));
        BenchRun files = new BenchRun(BenchCommand::newsflow, client, partitions, threads, memory, err, metrics);
        measured(err, stages, files.sinkAlone(new LinkedHashSet<>(streams.fed()), stats.bytesPerArticle(),
                work.resolve(SINK_OUT)));
        if (!skipRun) {
            measured(err, stages, files.run(work.resolve(INPUT), articles, stats.bytesPerArticle(), tokensPerArticle,
                    work.resolve(RUN_OUT), work.resolve(STATE).resolve("run")));
        }
    }

    /** The latest enriched record of each measured article, as the topology without tagging left them. */
    private static List<EnrichedArticle> deduplicated(Map<String, Object> client, List<Article> measured) {
        Map<String, EnrichedArticle> latest = BenchTopics.readEnriched(client);
        List<EnrichedArticle> articles = new ArrayList<>(measured.size());
        for (Article article : measured) {
            EnrichedArticle enriched = latest.get(article.id());
            if (enriched == null) {
                throw new IllegalStateException("article " + article.id() + " is missing from newsflow.enriched");
            }
            articles.add(enriched);
        }
        return articles;
    }

    private static void measured(PrintWriter err, List<BenchStage> stages, BenchStage stage) {
        stages.add(stage);
        progress(err, String.format(Locale.ROOT, "%s: %.1f articles/s (%d in %.1f s)", stage.name(),
                stage.articlesPerS(), stage.articles(), stage.seconds()));
    }

    private static void progress(PrintWriter err, String line) {
        err.println(PREFIX + line);
        err.flush();
    }

    /** A step of the set-up, said as it begins and timed; a line of its own, since stage lines and results follow. */
    private static <T> T step(PrintWriter err, String what, Steps.Work<T, Exception> work) throws Exception {
        try (Steps steps = Steps.on(err, PREFIX)) {
            return steps.run(what, work);
        }
    }

    private BenchReport report(String startedAt, BenchCorpus.Stats stats, List<BenchStage> stages) {
        BenchStage full = find(stages, "full");
        BenchStage noTagging = find(stages, "no-tagging");
        Double dedup = BenchReport.ratio(noTagging, find(stages, "pass-through"));
        Double tagging = BenchReport.ratio(full, find(stages, "recogniser"));
        Double textbook = BenchReport.ratio(noTagging, find(stages, "textbook"));
        Map<String, Double> ratios = new LinkedHashMap<>();
        ratios.put("dedup", dedup);
        ratios.put("tagging", tagging);
        ratios.put("textbook", textbook);
        ratios.put("taggingOverTaggerAlone", BenchReport.ratio(full, find(stages, "tagger")));
        ratios.put("dedupByCpu", cpuRatio(find(stages, "pass-through"), noTagging));
        ratios.put("taggingByCpu", cpuRatio(find(stages, "recogniser"), full));
        ratios.put("textbookByCpu", cpuRatio(find(stages, "textbook"), noTagging));
        ratios.put("sinkOverFull", BenchReport.ratio(find(stages, "sink"), full));
        ratios.put("runOverFull", BenchReport.ratio(find(stages, "run"), full));
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("maxHeapMb", Runtime.getRuntime().maxMemory() / BenchStage.MB);
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("articles", articles);
        options.put("partitions", partitions);
        options.put("threads", threads);
        options.put("seed", seed);
        options.put("warmup", Math.min(articles, warmup == null ? 1000 : warmup));
        options.put("latencyArticles", latencyArticles);
        options.put("streamsConfig", streamsConfig);
        options.put("processingGuarantee", "exactly_once_v2");
        options.put("metrics", metricsOptions.port != null);
        Map<String, Double> targets = new LinkedHashMap<>();
        targets.put("dedup", BenchReport.TARGET_DEDUP);
        targets.put("tagging", BenchReport.taggingTarget(articles));
        targets.put("textbook", BenchReport.TARGET_TEXTBOOK);
        Map<String, Double> records = new LinkedHashMap<>();
        for (BenchStage stage : stages) {
            if (stage.internalRecordsPerArticle() != null && stage.internalRecordsPerArticle() > 0) {
                records.put(stage.key(), stage.internalRecordsPerArticle());
            }
        }
        return new BenchReport("newsflow bench", startedAt, machine, options, stats, stages, ratios, records, targets,
                BenchReport.lastLine(dedup, tagging, textbook, records.get("no-tagging"),
                        full == null ? null : full.articlesPerS()));
    }

    /** The first stage's CPU per article over the second's: the second's throughput over the first's, by CPU. */
    private static Double cpuRatio(BenchStage cheaper, BenchStage dearer) {
        return cheaper == null || dearer == null || cheaper.cpuMsPerArticle() == null || dearer.cpuMsPerArticle() == null
                ? null : cheaper.cpuMsPerArticle() / dearer.cpuMsPerArticle();
    }

    private static void printRatios(PrintWriter out, BenchReport report) {
        Map<String, Double> r = report.ratios();
        Map<String, Double> targets = report.targets();
        out.println(target("topology without tagging / pass-through", r.get("dedup"), targets.get("dedup")));
        out.println(target("full topology / recogniser alone", r.get("tagging"), targets.get("tagging")));
        out.println(target("topology without tagging / textbook", r.get("textbook"), targets.get("textbook")));
        if (r.get("dedupByCpu") != null) {
            out.printf(Locale.ROOT, "%-42s %6.2f%n", "the same by CPU per article: dedup", r.get("dedupByCpu"));
        }
        if (r.get("taggingByCpu") != null) {
            out.printf(Locale.ROOT, "%-42s %6.2f%n", "the same by CPU per article: tagging", r.get("taggingByCpu"));
        }
        if (r.get("textbookByCpu") != null) {
            out.printf(Locale.ROOT, "%-42s %6.2f%n", "the same by CPU per article: textbook", r.get("textbookByCpu"));
        }
        if (r.get("taggingOverTaggerAlone") != null) {
            out.printf(Locale.ROOT, "%-42s %6.2f%n", "full topology / tagger alone", r.get("taggingOverTaggerAlone"));
        }
        if (r.get("sinkOverFull") != null) {
            out.printf(Locale.ROOT, "%-42s %6.2f   (over 1: the sink is not the bottleneck)%n", "sink alone / full topology",
                    r.get("sinkOverFull"));
        }
        // the topics' names are longer than the other labels: their own column, the same for every stage
        int width = report.stages().stream().filter(stage -> stage.internalRecordsByTopic() != null)
                .flatMap(stage -> stage.internalRecordsByTopic().keySet().stream()).mapToInt(String::length).max().orElse(0);
        report.recordsPerArticle().forEach((stage, records) -> {
            out.printf(Locale.ROOT, "%-42s %6.1f   (its own topics: claims, repartitions, changelogs; transaction markers included)%n",
                    "records inside Kafka per article, " + stage, records);
            BenchStage measured = find(report.stages(), stage);
            if (measured != null && measured.internalRecordsByTopic() != null) {
                measured.internalRecordsByTopic().forEach((topic, perArticle) ->
                        out.printf(Locale.ROOT, "  %-" + Math.max(40, width) + "s %6.1f%n", topic, perArticle));
            }
        });
        if (r.get("runOverFull") != null) {
            out.printf(Locale.ROOT, "%-42s %6.2f%n", "run end to end / full topology", r.get("runOverFull"));
        }
    }

    private static String target(String what, Double ratio, double target) {
        if (ratio == null) {
            return String.format(Locale.ROOT, "%-42s %6s", what, "n/a");
        }
        return String.format(Locale.ROOT, "%-42s %6.2f   target >= %.2f: %s", what, ratio, target,
                ratio >= target ? "met" : "missed");
    }

    private static BenchStage find(List<BenchStage> stages, String key) {
        return stages.stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
    }


    /**
     * The benchmark holds the corpus and the deduplicated articles in the heap the topology runs
     * in: at 5,000 articles and 2 GB the full topology cost 79 ms of CPU per article against 59 ms
     * with 4 GB (at 2,000), so a small heap measures the collector, not newsflow.
     */
    private void warnIfTheHeapIsSmall(int articles) {
        double heapMb = Runtime.getRuntime().maxMemory() / BenchStage.MB;
        double wantedMb = 2000 + articles / 10.0;
        if (articles > 2000 && heapMb < wantedMb) {
            progress(spec.commandLine().getErr(), String.format(Locale.ROOT,
                    "the heap is %.0f MB; for %d articles give it %.0f MB or more (NEWSFLOW_JAVA_OPTS=-Xmx%dg), or the"
                            + " collector will weigh on the figures", heapMb, articles, wantedMb, (int) Math.ceil(wantedMb / 1000)));
        }
    }

    private static int newsflow(PrintWriter out, PrintWriter err, String... args) {
        picocli.CommandLine newsflow = NewsflowCommand.commandLine();
        newsflow.setOut(out);
        newsflow.setErr(err);
        return newsflow.execute(args);
    }
}
