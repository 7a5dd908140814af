package dev.newsflow.cli;

import dev.newsflow.enrich.EnrichConfig;
import dev.newsflow.enrich.near.NearCopy;
import dev.newsflow.measure.corpus.BandCandidates;
import dev.newsflow.measure.corpus.CorpusSources;
import dev.newsflow.measure.corpus.GeneratedArticle;
import dev.newsflow.measure.corpus.SyntheticCorpus;
import dev.newsflow.measure.corpus.Truth;
import dev.newsflow.measure.dedup.DedupEvaluation.Tally;
import dev.newsflow.measure.dedup.DedupEvaluation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "dedup", mixinStandardHelpOptions = true,
        header = "Measure dedup against a generated corpus with known copies.",
        description = {"Generates articles from the paragraphs of the corpus and text from a word model over real German "
            + "sentences (GermEval 2014's), "
            + "with known exact copies, near copies (respelt names, added credits, words swapped, deleted or changed) "
            + "and similar paragraphs (another paragraph's template with other names and numbers, which must be kept), "
            + "re-broken copies (two paragraphs merged, one split in two, a formula or an old sentence added: dropped) "
            + "and paragraphs with a sentence of their own beside earlier ones (which must be kept); "
            + "runs them through the real enrich topology (on Kafka's test driver, no broker) and prints precision and "
            + "recall of the dropped paragraphs, and what the corpus looks like to MinHash: how many remembered paragraphs "
            + "a band claim reads, and the share of them verified similar (the topology's band search run again beside it).",
            "",
            "Last line: dedup precision=P recall=R"})
final class EvalDedupCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "2000", paramLabel = "N", description = "Articles to generate (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--corpus", defaultValue = "corpus", paramLabel = "DIR",
            description = "Articles (.txt) whose paragraphs the generator uses first (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--sentences", paramLabel = "DIR",
            description = "GermEval 2014 files (.tsv) whose sentences the generator's word model is built from "
                    + "(default: eval/germeval2014 beside the --corpus folder).")
    Path sentences;

    @Option(names = "--threshold", defaultValue = "" + NearCopy.DEFAULT_THRESHOLD, paramLabel = "J",
            description = "Jaccard similarity from which a paragraph is a near copy (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--min-words", defaultValue = "" + NearCopy.DEFAULT_MIN_WORDS, paramLabel = "N",
            description = "Paragraphs with fewer words are only ever exact copies (default: ${DEFAULT-VALUE}).")
    int minWords;

    @Option(names = "--show-mistakes", defaultValue = "0", paramLabel = "N",
            description = "Print up to N misjudged paragraphs, each with the one it was made from.")
    int showMistakes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CorpusSources sources = CorpusSources.read(corpus, sentences != null ? sentences : CorpusSources.sentencesBeside(corpus));
        List<GeneratedArticle> generated = new SyntheticCorpus(sources, seed,
                SyntheticCorpus.Mix.dedupEvaluation(), 8, 20).generate(articles);
        EnrichConfig config = EnrichConfig.defaults().withNearCopy(new NearCopy(threshold, minWords));
        DedupEvaluation result = DedupEvaluation.run(generated, config);

        out.printf(Locale.ROOT, "%d articles through the topology in %.1f s (near copies: Jaccard >= %.2f, at least %d words)%n",
                result.articles(), result.seconds(), threshold, minWords);
        out.printf("%-28s %8s %8s %8s%n", "paragraphs", "count", "dropped", "share");
        for (Truth truth : Truth.values()) {
            Tally tally = result.tally(truth);
            out.printf(Locale.ROOT, "%-28s %8d %8d %8.4f%n", describe(truth), tally.total(), tally.dropped(), tally.droppedShare());
        }
        result.nearByEdits().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e ->
                out.printf(Locale.ROOT, "%-28s %8d %8d %8.4f%n", "  near copies, " + e.getKey() + " edit" + (e.getKey() == 1 ? "" : "s"),
                        e.getValue().total(), e.getValue().dropped(), e.getValue().droppedShare()));
        result.mistakes().stream().limit(showMistakes).forEach(m -> out.printf("%n%s, %s:%n  %s%n  made from: %s%n",
                m.truth(), m.verdict() == null ? "kept" : "dropped as " + m.verdict().match() + " " + m.verdict().similarity(),
                m.text(), m.madeFrom()));
        BandCandidates bands = result.bands();
        out.printf(Locale.ROOT, "bands: %,d band claims read %.2f remembered paragraphs each, %.1f%% of them verified similar%n",
                bands.claims(), bands.readPerClaim(), 100 * bands.similarShare());
        out.printf(Locale.ROOT, "exact recall=%.4f near recall=%.4f similar kept=%.4f%n",
                result.tally(Truth.EXACT_COPY).droppedShare(), result.tally(Truth.NEAR_COPY).droppedShare(),
                1 - result.tally(Truth.SIMILAR).droppedShare());
        out.printf(Locale.ROOT, "re-broken merged recall=%.4f split recall=%.4f added formula recall=%.4f added old recall=%.4f "
                        + "added new kept=%.4f one shared kept=%.4f precision=%.4f recall=%.4f%n",
                result.tally(Truth.MERGED_COPY).droppedShare(), result.tally(Truth.SPLIT_COPY).droppedShare(),
                result.tally(Truth.ADDED_FORMULA).droppedShare(), result.tally(Truth.ADDED_OLD).droppedShare(),
                1 - result.tally(Truth.ADDED_NEW).droppedShare(), 1 - result.tally(Truth.SHARES_SENTENCE).droppedShare(),
                result.reBrokenPrecision(), result.reBrokenRecall());
        out.printf(Locale.ROOT, "dedup precision=%.4f recall=%.4f%n", result.precision(), result.recall());
        return 0;
    }

    private static String describe(Truth truth) {
        return switch (truth) {
            case ORIGINAL -> "new (keep)";
            case SIMILAR -> "similar, other names (keep)";
            case EXACT_COPY -> "exact copies (drop)";
            case NEAR_COPY -> "near copies (drop)";
            case MERGED_COPY -> "merged copies (drop)";
            case SPLIT_COPY -> "split copies, halves (drop)";
            case ADDED_FORMULA -> "copy + formula (drop)";
            case ADDED_OLD -> "copy + old sentence (drop)";
            case ADDED_NEW -> "copy + new sentence (keep)";
            case SHARES_SENTENCE -> "one sentence shared (keep)";
        };
    }
}
