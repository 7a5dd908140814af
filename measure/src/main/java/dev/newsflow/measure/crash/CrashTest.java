package dev.newsflow.measure.crash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsflow.measure.corpus.CorpusSources;
import dev.newsflow.measure.corpus.GeneratedArticle;
import dev.newsflow.measure.corpus.SyntheticCorpus;
import dev.newsflow.model.Article;
import dev.newsflow.model.Topics;
import dev.newsflow.sink.CrashPoint;
import dev.newsflow.sink.SinkFileName;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The crash test: the separate services ({@code broker}, {@code enrich}, {@code sink}, {@code ingest})
 * as child processes, on one broker or a cluster of three, a generated corpus with known copies, and
 * crashes at random moments; then the output files are checked record by record against the topic, and article
 * by article against a run of the same articles with no crash.
 *
 * <p>The corpus file is piped into {@code newsflow ingest -} at a steady pace, as news arrive, so that
 * the crashes fall while the pipeline works. The crashes, {@code kills} in all, from one seeded
 * {@link Random} and each logged: the first ingest is killed mid-way (the pipe has not yet carried the
 * rest of the corpus, so it surely dies mid-way) and run again on the whole corpus from its first line
 * (what the first run published comes again: replays); the sink halts once in the middle of writing a
 * file and once between the rename of a file and the commit of its offsets ({@link CrashPoint}), and
 * the test checks that it left a temporary file, and a file its committed offset is behind; the rest
 * are SIGKILLs of enrich and of the sink, half each, and of the brokers, in random order, each when a
 * random share of the articles has come out of enrich and after a random delay. Every killed service
 * is started again at once, and the next crash waits until it has made progress (enrich: a new record
 * on {@code newsflow.enriched}, or running with nothing to do; sink: a new file, or too few records
 * left to make one); a killed broker is started again on its data directory, and the next crash
 * waits until every partition has all its copies in sync and enrich has gone on.
 *
 * <p>What is checked, and what the figures mean: see {@link CrashTestFigures} and docs/crash-test.md.
 */
public final class CrashTest {

    /** At least one of each: the ingest kill, the two sink halts, a SIGKILL of enrich and one of the sink. */
    public static final int MIN_KILLS = 5;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern HALTED_AT = Pattern.compile("halting at after-rename of (.+)$", Pattern.MULTILINE);
    /** The kills by share of the articles out of enrich fall below this, so that work is left for the restarted services. */
    private static final double LAST_KILL_SHARE = 0.75;

    /** The sizes of cluster the test runs: a single broker, or three nodes with three copies of each partition. */
    public static final Set<Integer> BROKER_COUNTS = Set.of(1, 3);

    /**
     * What to run.
     *
     * @param brokers     brokers of the crash run's cluster, one of {@link #BROKER_COUNTS}
     * @param brokerKills SIGKILLs of brokers, besides the {@code kills} of the services; at least one
     */
    public record Settings(int articles, int kills, long seed, Path corpus, int rollRecords, int partitions, boolean tagging,
                           int brokers, int brokerKills) {

        public Settings {
            if (!BROKER_COUNTS.contains(brokers)) {
                throw new IllegalArgumentException("--brokers must be 1 or 3 (a single broker, or a cluster that keeps three "
                        + "copies of each partition), not " + brokers);
            }
            if (brokerKills < 1) {
                throw new IllegalArgumentException("--broker-kills must be at least 1, not " + brokerKills);
            }
            if (kills < MIN_KILLS) {
                throw new IllegalArgumentException("--kills must be at least " + MIN_KILLS
                        + " (the ingest kill, a halt mid-write, a halt between rename and commit, a kill of enrich and one of the sink), not " + kills);
            }
            if (articles < 50) {
                throw new IllegalArgumentException("--articles must be at least 50, so that the crashes fall mid-way; not " + articles);
            }
        }

        /** How long a wait may see no progress before it fails; generous, for 2 shared cores: 90 s plus 150 ms an article. */
        public Duration timeout() {
            return Duration.ofSeconds(90).plusMillis(150L * articles);
        }

        /**
         * How long the corpus takes to arrive: 12 s a crash, broker kills included, about what a
         * restart costs (a JVM start, and a consumer group that waits out the killed member's 6 s
         * session), so that the crashes fall while articles come in and output grows.
         */
        public Duration feed() {
            return Duration.ofSeconds(12L * (kills + brokerKills));
        }
    }

    public enum Crash { INGEST, ENRICH, SINK, SINK_MID_WRITE, SINK_AFTER_RENAME, BROKER }

    /**
     * One crash of the plan: what, when (share of the articles out of enrich), the delay after, for a
     * halt which file, for a broker kill which node.
     */
    public record Planned(Crash crash, double atShare, long delayMillis, int nthFile, int node) {}

    private final Settings settings;
    private final Path work;
    private final Consumer<String> out;
    private final long started = System.nanoTime();
    private final Random random;
    private final List<Crash> done = new ArrayList<>();
    /** Records the killed first ingest left on newsflow.articles: the rerun's progress is what is there beyond them. */
    private long publishedByFirstIngest;

    public CrashTest(Settings settings, Path work, Consumer<String> out) {
        this.settings = settings;
        this.work = work;
        this.out = out;
        this.random = new Random(settings.seed());
    }

    public CrashTestFigures run() {
        List<GeneratedArticle> corpus = new SyntheticCorpus(CorpusSources.read(settings.corpus()), settings.seed(),
                SyntheticCorpus.Mix.dedupEvaluation(), 3, 7).generate(settings.articles());
        Set<String> expected = new LinkedHashSet<>();
        corpus.forEach(a -> expected.add(a.id()));
        Path input = work.resolve("input").resolve("corpus.jsonl");
        List<String> lines = writeInput(corpus, input);
        List<Planned> plan = plan();
        progress("%d articles generated from %s (seed %d) in %s, to be fed in %d s; %d crashes and %d broker kills planned: %s",
                corpus.size(), settings.corpus(), settings.seed(), input, settings.feed().toSeconds(), settings.kills(),
                settings.brokerKills(), describe(plan));

        Map<Integer, NavigableMap<Long, CrashTestOutput.Committed>> enriched;
        long unchanged;
        List<CrashTestOutput.SinkFile> files;
        List<ProducerRecord<String, byte[]>> firstArticles;
        try (CrashTestPipeline crash = new CrashTestPipeline("crash run", work.resolve("crash"), settings, settings.brokers(),
                this::progress)) {
            crash.start();
            Feed rerun = killIngestAndRerun(crash, plan.get(0), lines);
            for (int i = 1; i < plan.size(); i++) {
                crashOnce(crash, plan.get(i));
            }
            awaitIngest(rerun);
            progress("all crashes done; waiting for the pipeline to finish");
            crash.finish(expected, settings.timeout());
            enriched = CrashTestOutput.readTopic(crash.client(), Topics.ENRICHED.name());
            unchanged = count(CrashTestOutput.readTopic(crash.client(), Topics.UNCHANGED.name()));
            files = CrashTestOutput.readFiles(crash.out());
            firstArticles = firstRecordPerId(CrashTestOutput.readTopic(crash.client(), Topics.ARTICLES.name()));
            if (!crash.tempFiles().isEmpty()) {
                throw new IllegalStateException("temporary files left in " + crash.out() + ": " + crash.tempFiles());
            }
        }
        progress("crash run done: %d records on %s, %d files; %d notices on %s (articles the ingest rerun fed "
                + "again whose records came out as already published, so were not published again)",
                count(enriched), Topics.ENRICHED.name(), files.size(), unchanged, Topics.UNCHANGED.name());

        Map<String, byte[]> reference = referenceRun(firstArticles, expected);
        return check(expected, enriched, files, reference);
    }

    /**
     * The crashes in order: the ingest kill, the two halts of the sink in random order (early, while
     * most of the corpus is still to come: an armed sink halts only once it writes its n-th file), then
     * the SIGKILLs of enrich and sink, half each, shuffled, with the SIGKILLs of brokers spread evenly
     * among them (not shuffled: a broker kill in the last slots could come once every article is
     * through, and kill a broker with nothing in flight); the brokers' nodes in a shuffled order, so
     * that with as many broker kills as nodes each node dies once, whichever leads the controllers or
     * coordinates the groups and transactions. Each at a random share of the articles out of enrich,
     * rising from slot to slot, and after a random delay.
     */
    private List<Planned> plan() {
        List<Crash> halts = new ArrayList<>(List.of(Crash.SINK_MID_WRITE, Crash.SINK_AFTER_RENAME));
        Collections.shuffle(halts, random);
        List<Crash> kills = new ArrayList<>();
        for (int i = 0; i < settings.kills() - 3; i++) {
            kills.add(i % 2 == 0 ? Crash.ENRICH : Crash.SINK);
        }
        Collections.shuffle(kills, random);
        int services = kills.size();
        for (int i = 0; i < settings.brokerKills(); i++) {
            kills.add(Math.round((float) (i + 1) * services / (settings.brokerKills() + 1)) + i, Crash.BROKER);
        }
        List<Integer> nodes = new ArrayList<>();
        for (int id = 1; id <= settings.brokers(); id++) {
            nodes.add(id);
        }
        Collections.shuffle(nodes, random);
        List<Crash> rest = new ArrayList<>(halts);
        rest.addAll(kills);
        List<Planned> plan = new ArrayList<>();
        plan.add(new Planned(Crash.INGEST, 0, random.nextInt(100), 0, 0));
        int brokerKill = 0;
        for (int slot = 0; slot < rest.size(); slot++) {
            double share = LAST_KILL_SHARE * (slot + 0.5 + 0.8 * (random.nextDouble() - 0.5)) / rest.size();
            int node = rest.get(slot) == Crash.BROKER ? nodes.get(brokerKill++ % nodes.size()) : 0;
            plan.add(new Planned(rest.get(slot), share, random.nextInt(1000), 1 + random.nextInt(2), node));
        }
        return plan;
    }

    private String describe(List<Planned> plan) {
        List<String> parts = new ArrayList<>();
        for (Planned p : plan) {
            parts.add(switch (p.crash()) {
                case INGEST -> "ingest mid-way";
                case ENRICH -> String.format(Locale.ROOT, "enrich at %.0f%%+%d ms", 100 * p.atShare(), p.delayMillis());
                case SINK -> String.format(Locale.ROOT, "sink at %.0f%%+%d ms", 100 * p.atShare(), p.delayMillis());
                case SINK_MID_WRITE -> String.format(Locale.ROOT, "sink mid-write of file %d at %.0f%%", p.nthFile(), 100 * p.atShare());
                case SINK_AFTER_RENAME -> String.format(Locale.ROOT, "sink after rename of file %d at %.0f%%", p.nthFile(), 100 * p.atShare());
                case BROKER -> String.format(Locale.ROOT, "%s at %.0f%% published+%d ms", brokerName(p.node()), 100 * p.atShare(),
                        p.delayMillis());
            });
        }
        return String.join(", ", parts);
    }

    /** The corpus as JSON lines (id, source, title, text), the input of {@code newsflow ingest -}. */
    private static List<String> writeInput(List<GeneratedArticle> corpus, Path input) {
        List<String> lines = new ArrayList<>(corpus.size());
        try {
            for (GeneratedArticle generated : corpus) {
                Article article = generated.toArticle();
                ObjectNode node = JSON.createObjectNode()
                        .put("id", article.id())
                        .put("source", article.source())
                        .put("title", article.title())
                        .put("text", article.text());
                lines.add(JSON.writeValueAsString(node));
            }
            Files.createDirectories(input.getParent());
            Files.write(input, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the corpus to " + input + ": " + e.getMessage(), e);
        }
        return lines;
    }

    /**
     * Pipes the corpus into {@code newsflow ingest -} at the feed's pace, kills it once a random 5 to 20 %
     * of the articles are acknowledged (the pipe has not carried the rest yet: it surely dies mid-way),
     * and runs it again on the whole corpus: the lines the first run was given go in at once (replays of
     * what it published, and what it had read but not yet sent), the rest at the same pace.
     */
    private Feed killIngestAndRerun(CrashTestPipeline pipeline, Planned planned, List<String> lines) {
        int n = lines.size();
        long killAt = Math.max(1, Math.round(n * (0.05 + 0.15 * random.nextDouble())));
        long perArticleNanos = settings.feed().toNanos() / n;
        Feed first = new Feed(pipeline.startIngest("-"), lines, 0, perArticleNanos);
        pipeline.await("ingest to publish " + killAt + " articles", settings.timeout(), () -> {
            CrashTestPipeline.failIfEnded(first.ingest);
            return pipeline.articlesOnTopic() >= killAt;
        });
        pause(planned.delayMillis());
        first.ingest.kill();
        int fed = first.stop();
        publishedByFirstIngest = pipeline.articlesOnTopic();
        done.add(Crash.INGEST);
        progress("kill 1/%d: SIGKILL %s after %d of %d articles went into its pipe, %d of them acknowledged; "
                + "running it again on the whole corpus", settings.kills(), first.ingest, fed, n, pipeline.articlesOnTopic());
        return new Feed(pipeline.startIngest("-"), lines, fed, perArticleNanos);
    }

    /** Writes JSON lines into an ingest's stdin on a thread of its own: the first lines at once, then one every interval. */
    private static final class Feed {

        final CrashTestProcess ingest;
        private final Thread thread;
        private volatile boolean stopped;
        private volatile int written;
        private volatile IOException failure;

        Feed(CrashTestProcess ingest, List<String> lines, int atOnce, long intervalNanos) {
            this.ingest = ingest;
            this.thread = new Thread(() -> write(lines, atOnce, intervalNanos), "crash-test-feed");
            thread.setDaemon(true);
            thread.start();
        }

        private void write(List<String> lines, int atOnce, long intervalNanos) {
            long start = System.nanoTime();
            try (OutputStream stdin = ingest.stdin()) {
                for (int i = 0; i < lines.size() && !stopped; i++) {
                    if (i >= atOnce) {
                        long due = start + (i - atOnce) * intervalNanos;
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            // the pace at which articles arrive, not a wait for a condition
                            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        }
                    }
                    stdin.write((lines.get(i) + "\n").getBytes(StandardCharsets.UTF_8));
                    stdin.flush();
                    written = i + 1;
                }
            } catch (IOException e) {
                if (!stopped) {
                    failure = e;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Stops writing (the ingest was killed); returns how many lines went into the pipe. */
        public int stop() {
            stopped = true;
            thread.interrupt();
            join();
            return written;
        }

        /** Waits until every line is written and the pipe closed; returns whether that happened in time. */
        public boolean awaitDone(Duration timeout) {
            try {
                thread.join(timeout.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (failure != null) {
                throw new UncheckedIOException("cannot write to the stdin of " + ingest + ": " + failure.getMessage(), failure);
            }
            return !thread.isAlive();
        }

        private void join() {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void awaitIngest(Feed rerun) {
        if (!rerun.awaitDone(settings.timeout()) || !rerun.ingest.awaitExit(settings.timeout())) {
            throw new IllegalStateException("the ingest rerun did not end within " + settings.timeout().toSeconds() + " s");
        }
        String published = "Published " + settings.articles() + " articles";
        int status = rerun.ingest.exitStatus().orElseThrow();
        if (status != 0 || !rerun.ingest.output().contains(published)) {
            throw new IllegalStateException("the ingest rerun ended with status " + status + " without '" + published
                    + "'; log " + rerun.ingest.log() + ":\n" + rerun.ingest.tail());
        }
        progress("ingest rerun: %s", rerun.ingest.output().lines().filter(l -> l.startsWith("Published")).findFirst().orElse(""));
    }

    private void crashOnce(CrashTestPipeline pipeline, Planned planned) {
        int number = serviceKills() + 1;
        long atArticles = Math.round(planned.atShare() * settings.articles());
        if (planned.crash() == Crash.BROKER) {
            // by what the ingest rerun has published, which runs ahead of enrich: a broker then dies
            // while the ingest still publishes, and enrich and the sink have work in flight
            pipeline.await(atArticles + " articles published by the ingest rerun", settings.timeout(), () -> {
                CrashTestPipeline.failIfEnded(pipeline.enrich());
                CrashTestPipeline.failIfEnded(pipeline.sink());
                return rerunPublished(pipeline) >= atArticles;
            });
        } else {
            pipeline.await(atArticles + " articles out of enrich", settings.timeout(), () -> {
                CrashTestPipeline.failIfEnded(pipeline.enrich());
                CrashTestPipeline.failIfEnded(pipeline.sink());
                return pipeline.watch().ids().size() >= atArticles;
            });
        }
        switch (planned.crash()) {
            case ENRICH -> killEnrich(pipeline, planned, number);
            case SINK -> killSink(pipeline, planned, number);
            case SINK_MID_WRITE, SINK_AFTER_RENAME -> haltSink(pipeline, planned, number);
            case BROKER -> killBroker(pipeline, planned);
            case INGEST -> throw new IllegalArgumentException("the ingest is killed first, once");
        }
        done.add(planned.crash());
    }

    private int serviceKills() {
        return (int) done.stream().filter(crash -> crash != Crash.BROKER).count();
    }

    private int brokerKills() {
        return (int) done.stream().filter(crash -> crash == Crash.BROKER).count();
    }

    /** Records the ingest rerun has published: it feeds the whole corpus again, replays included. */
    private long rerunPublished(CrashTestPipeline pipeline) {
        return pipeline.articlesOnTopic() - publishedByFirstIngest;
    }

    private String brokerName(int node) {
        return settings.brokers() == 1 ? "broker" : "broker " + node;
    }

    /**
     * SIGKILLs a broker and starts it again at once on its data directory; then waits until every
     * partition has all its copies in sync (with three nodes: the restarted node has caught up, so
     * that the next kill leaves two copies of everything) and until enrich has written a record
     * since the kill (unless every article was out already), which shows that the ingest and enrich
     * rode out the broker's death.
     */
    private void killBroker(CrashTestPipeline pipeline, Planned planned) {
        pause(planned.delayMillis());
        long records = pipeline.watch().records();
        // asked before the kill: with one broker, nothing answers until it is back
        long published = rerunPublished(pipeline);
        long killedAt = System.nanoTime();
        CrashTestProcess killed = pipeline.brokers().kill(planned.node());
        progress("broker kill %d/%d: SIGKILL %s %s; the ingest rerun had published %d of %d articles", brokerKills() + 1,
                settings.brokerKills(), killed, status(pipeline), published, settings.articles());
        CrashTestProcess restarted = pipeline.brokers().restart(planned.node());
        pipeline.brokers().awaitInSync(pipeline.admin(), settings.timeout());
        progress("  %s started again on its data directory; every partition has its %d copies in sync %.1f s after the kill",
                restarted, pipeline.brokers().replicationFactor(), (System.nanoTime() - killedAt) / 1e9);
        pipeline.await("enrich to write a record after the broker's restart", settings.timeout(), () -> {
            CrashTestPipeline.failIfEnded(pipeline.enrich());
            CrashTestPipeline.failIfEnded(pipeline.sink());
            pipeline.brokers().failIfAnyEnded();
            return pipeline.watch().records() > records || pipeline.watch().ids().size() >= settings.articles();
        }, Duration.ofSeconds(1));
    }

    private void killEnrich(CrashTestPipeline pipeline, Planned planned, int number) {
        pause(planned.delayMillis());
        CrashTestProcess killed = pipeline.enrich();
        killed.kill();
        progress("kill %d/%d: SIGKILL %s %s", number, settings.kills(), killed, status(pipeline));
        int running = pipeline.enrichRunningTransitions();
        CrashTestProcess restarted = pipeline.startEnrich();
        long records = pipeline.watch().records();
        // progress: a new record, or running with nothing left to do
        pipeline.await("the restarted enrich to write a record", settings.timeout(), () -> {
            CrashTestPipeline.failIfEnded(restarted);
            return pipeline.watch().records() > records
                    || (pipeline.enrichRunningTransitions() > running && pipeline.enrichBacklog() == 0);
        }, Duration.ofSeconds(1));
        progress("  %s started again and writing", restarted);
    }

    private void killSink(CrashTestPipeline pipeline, Planned planned, int number) {
        pause(planned.delayMillis());
        CrashTestProcess killed = pipeline.sink();
        killed.kill();
        List<Path> temp = pipeline.tempFiles();
        progress("kill %d/%d: SIGKILL %s %s%s", number, settings.kills(), killed, status(pipeline),
                temp.isEmpty() ? "" : "; it was writing " + temp);
        restartSink(pipeline);
    }

    /**
     * Stops the sink cleanly, starts one that halts at the planned point of its n-th file, waits for the
     * halt, and looks at what it left: a temporary file (mid-write), or a file whose offsets are not
     * committed (after rename).
     */
    private void haltSink(CrashTestPipeline pipeline, Planned planned, int number) {
        CrashPoint point = planned.crash() == Crash.SINK_MID_WRITE ? CrashPoint.MID_WRITE : CrashPoint.AFTER_RENAME;
        pipeline.sink().stopCleanly(Duration.ofSeconds(60));
        CrashTestProcess armed = pipeline.startSink(point.setting(planned.nthFile()));
        pipeline.await(armed + " to reach " + point.setting(planned.nthFile()), settings.timeout(),
                () -> armed.exitStatus().isPresent(), Duration.ofSeconds(1));
        int status = armed.exitStatus().orElseThrow();
        if (status != CrashPoint.HALT_STATUS) {
            throw new IllegalStateException(armed + " ended with status " + status + " instead of halting at "
                    + point.setting(planned.nthFile()) + ":\n" + armed.tail());
        }
        String seen;
        if (point == CrashPoint.MID_WRITE) {
            List<Path> temp = pipeline.tempFiles();
            if (temp.isEmpty()) {
                throw new IllegalStateException(armed + " halted mid-write but left no temporary file in " + pipeline.out());
            }
            seen = "it left " + temp.stream().map(p -> p.getFileName() + " (" + size(p) + " bytes)").toList();
        } else {
            seen = afterRename(pipeline, armed);
        }
        progress("kill %d/%d: %s halted at %s %s; %s", number, settings.kills(), armed, point.setting(planned.nthFile()),
                status(pipeline), seen);
        restartSink(pipeline);
    }

    /** The halt after a rename: the file is there, and its partition's committed offset is behind it. */
    private String afterRename(CrashTestPipeline pipeline, CrashTestProcess halted) {
        Matcher m = HALTED_AT.matcher(halted.output());
        if (!m.find()) {
            throw new IllegalStateException(halted + " halted without naming its file:\n" + halted.tail());
        }
        Path file = Path.of(m.group(1));
        SinkFileName name = SinkFileName.parse(file.getFileName().toString()).orElseThrow();
        Long committed = pipeline.sinkCommitted().get(name.partition());
        if (!Files.exists(file) || (committed != null && committed >= name.nextOffset())) {
            throw new IllegalStateException(halted + " halted after renaming " + file + ", but the file "
                    + (Files.exists(file) ? "has its offsets committed (" + committed + ")" : "is not there"));
        }
        return String.format("%s is on disk, and partition %d's committed offset is %s, behind its end: "
                + "the files decide where the sink resumes", file.getFileName(), name.partition(), committed);
    }

    private void restartSink(CrashTestPipeline pipeline) {
        int files = pipeline.sinkFiles().size();
        CrashTestProcess restarted = pipeline.startSink(null);
        // progress: a new file, or too few records left to make one
        pipeline.await("the restarted sink to write a file", settings.timeout(), () -> {
            CrashTestPipeline.failIfEnded(restarted);
            return pipeline.sinkFiles().size() > files || (CrashTestPipeline.sinkAssigned(restarted)
                    && pipeline.recordsNotInFiles().values().stream().allMatch(n -> n < settings.rollRecords()));
        }, Duration.ofSeconds(1));
        progress("  %s started again and writing", restarted);
    }

    private static String status(CrashTestPipeline pipeline) {
        return String.format("(%d articles out of enrich in %d records and notices, %d files)", pipeline.watch().ids().size(),
                pipeline.watch().records(), pipeline.sinkFiles().size());
    }

    /** The first record of each article id on newsflow.articles: the one whose ingestion time enrich keeps. */
    private static List<ProducerRecord<String, byte[]>> firstRecordPerId(
            Map<Integer, NavigableMap<Long, CrashTestOutput.Committed>> articles) {
        List<ProducerRecord<String, byte[]>> first = new ArrayList<>();
        articles.forEach((partition, records) -> {
            Set<String> seen = new java.util.HashSet<>();
            records.values().forEach(r -> {
                if (seen.add(r.key())) {
                    first.add(new ProducerRecord<>(Topics.ARTICLES.name(), partition, r.timestamp(), r.key(), r.value()));
                }
            });
        });
        return first;
    }

    /**
     * The same articles through a new pipeline with no crash: each article once, as first published in
     * the crash run, ingestion time included. The ingest takes that time from the wall clock, and the
     * order by (ingestion time, id) decides which of two articles owns a paragraph they share; a fresh
     * ingest would give other times (and, after a kill mid-way, another order), so another valid result.
     */
    private Map<String, byte[]> referenceRun(List<ProducerRecord<String, byte[]>> articles, Set<String> expected) {
        // one broker: this run is the content to compare with, and nothing in it is killed
        try (CrashTestPipeline reference = new CrashTestPipeline("no-crash run", work.resolve("reference"), settings, 1,
                this::progress)) {
            reference.start();
            Map<String, Object> producerConfig = new HashMap<>(reference.client());
            producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
            producerConfig.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024);
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new ByteArraySerializer())) {
                articles.forEach(producer::send);
                producer.flush();
            }
            progress("no-crash run: %d articles published as first published in the crash run", articles.size());
            reference.finish(expected, settings.timeout());
            List<CrashTestOutput.SinkFile> files = CrashTestOutput.readFiles(reference.out());
            progress("no-crash run done: %d files", files.size());
            return CrashTestOutput.latest(CrashTestOutput.linesById(files));
        }
    }

    private CrashTestFigures check(Set<String> expected, Map<Integer, NavigableMap<Long, CrashTestOutput.Committed>> enriched,
                         List<CrashTestOutput.SinkFile> files, Map<String, byte[]> reference) {
        CrashTestOutput.Delivery delivery = CrashTestOutput.delivery(enriched, files);
        progress("records: %d committed on %s; in the files %d duplicated, %d lost, %d files disagree with the topic%s",
                delivery.records(), Topics.ENRICHED.name(), delivery.duplicated(), delivery.lost(), delivery.disagreeing().size(),
                delivery.disagreeing().isEmpty() ? "" : " " + delivery.disagreeing());

        Map<String, List<byte[]>> linesById = CrashTestOutput.linesById(files);
        CrashTestOutput.Repeats repeats = CrashTestOutput.repeats(linesById);
        Map<String, byte[]> latest = CrashTestOutput.latest(linesById);
        int found = (int) expected.stream().filter(latest::containsKey).count();
        Set<String> unexpected = new java.util.TreeSet<>(latest.keySet());
        unexpected.removeAll(expected);
        progress("articles: %d expected, %d found, %d missing; %d lines for them: one per article, %d byte-identical "
                        + "repeats of an earlier record of the article (a replay by the ingest rerun published again: "
                        + "emit on change must leave none), %d with other content (revisions: an earlier article, or a "
                        + "replay, changed what the article owns)%s",
                expected.size(), found, expected.size() - found, repeats.lines(), repeats.identical(), repeats.revisions(),
                unexpected.isEmpty() ? "" : "; NOT in the corpus: " + unexpected);

        Map<String, JsonNode> crashContent = CrashTestOutput.comparable(latest);
        Map<String, JsonNode> referenceContent = CrashTestOutput.comparable(reference);
        Set<String> differing = CrashTestOutput.differing(crashContent, referenceContent);
        long sameBytes = latest.entrySet().stream()
                .filter(e -> java.util.Arrays.equals(e.getValue(), reference.get(e.getKey()))).count();
        progress("content: %d of %d articles as in the no-crash run (%d byte for byte, the others with the same first copy "
                        + "behind each duplicateOf), %d differ%s",
                latest.size() - differing.size(), latest.size(), sameBytes, differing.size(),
                differing.isEmpty() ? "" : ": " + differing.stream().limit(10).toList());

        return new CrashTestFigures(serviceKills(), brokerKills(), expected.size(), found, delivery.duplicated(),
                expected.size() - found, differing.size() + unexpected.size(), delivery.lost(), repeats.identical());
    }

    private static long count(Map<Integer, NavigableMap<Long, CrashTestOutput.Committed>> records) {
        return records.values().stream().mapToLong(Map::size).sum();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static void pause(long millis) {
        try {
            // the random moment of a crash, not a wait for a condition
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void progress(String format, Object... args) {
        out.accept(String.format(Locale.ROOT, "[%6.1f s] ", (System.nanoTime() - started) / 1e9) + String.format(format, args));
    }
}
