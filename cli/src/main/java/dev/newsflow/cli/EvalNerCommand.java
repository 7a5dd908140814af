package dev.newsflow.cli;

import dev.newsflow.enrich.entities.CoreNlpRecogniser;
import dev.newsflow.enrich.entities.KnowledgeBase;
import dev.newsflow.enrich.entities.MentionFinder;
import dev.newsflow.enrich.entities.eval.ClassScores;
import dev.newsflow.enrich.entities.eval.GermEvalFile;
import dev.newsflow.enrich.entities.eval.GoldSentence;
import dev.newsflow.enrich.entities.eval.NerEvaluation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ner", mixinStandardHelpOptions = true,
        header = "Measure entity tagging on a GermEval 2014 file.",
        description = {"Tags the gold tokens of FILE (GermEval 2014 format, e.g. eval/germeval2014/NER-de-dev.tsv) "
            + "with the tagger the enrich topology uses (the German model, its rules and the knowledge base as "
            + "gazetteer) and prints precision, recall and F1 of the outer spans, exact match, per class and "
            + "overall: in the four coarse classes PER, LOC, ORG, OTH (a -deriv or -part span counts as an error) "
            + "and in the twelve official ones. Tokens per second are those of tagging alone, on one thread, "
            + "per second of that thread's CPU time (other work on the machine does not lower them).",
            "",
            "Tune on the dev file; the test file is for measuring only.",
            "",
            "Last line: ner coarse F1=F official F1=F tokens/s=N"})
final class EvalNerCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "A GermEval 2014 file: number, token, outer tag, inner tag per line.")
    Path file;

    @Option(names = "--knowledge-base", paramLabel = "FILE",
            description = "More canonical entities (JSON list of {id, name, type, aliases, adjectives, inhabitants}); repeatable.")
    List<Path> knowledgeBases = new ArrayList<>();

    @Option(names = "--without", paramLabel = "RULE", split = ",",
            description = "Leave out these rules, to measure what each contributes; 'all' leaves the model alone. Rules, "
                + "in the order they run: leading-function-words, trailing-function-words, split-at-prepositions, "
                + "east-asian-names, split-merged-names, known-names, known-derived-forms, derived-word-shapes, compound-parts, "
                + "road-names, company-legal-forms, organisation-nouns, quoted-titles, known-places.")
    Set<String> without = new HashSet<>();

    @Option(names = "--predictions", paramLabel = "FILE",
            description = "Also write each token with its gold and its predicted outer tag to FILE, for error analysis.")
    Path predictions;

    @Option(names = {"-v", "--verbose"}, description = "Log at INFO and show stack traces of errors.")
    void verbose(boolean on) {
        Logging.verbose(on);
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<GoldSentence> sentences = GermEvalFile.read(file);
        MentionFinder finder = finder();
        NerEvaluation.Result result = NerEvaluation.run(finder, sentences);
        if (predictions != null) {
            GermEvalFile.writePredictions(predictions, sentences, result.predicted());
        }

        out.printf(Locale.ROOT, "%s: %,d sentences, %,d tokens, tagged in %.1f s (%.1f s of CPU, one thread)%n",
                file.getFileName(), result.sentences(), result.tokens(), result.nanos() / 1e9, result.cpuNanos() / 1e9);
        out.printf("rules: %s%n", finder.ruleNames().isEmpty() ? "none (the model alone)" : String.join(", ", finder.ruleNames()));
        out.println();
        print(out, "coarse: PER, LOC, ORG, OTH (a -deriv or -part span counts as an error)", result.coarse());
        out.println();
        print(out, "official: twelve classes", result.official());
        out.println();
        out.printf(Locale.ROOT, "ner coarse F1=%.3f official F1=%.3f tokens/s=%d%n",
                result.coarse().overall().f1(), result.official().overall().f1(), Math.round(result.tokensPerSecond()));
        return 0;
    }

    private MentionFinder finder() {
        MentionFinder standard = MentionFinder.standard(CoreNlpRecogniser.shared(), KnowledgeBase.load(knowledgeBases));
        if (without.contains("all")) {
            return standard.without(Set.copyOf(standard.ruleNames()));
        }
        return standard.without(without);
    }

    private static void print(PrintWriter out, String title, ClassScores scores) {
        out.println(title);
        out.printf("%-10s %6s %6s %6s %7s %7s %7s%n", "class", "P", "R", "F1", "gold", "found", "correct");
        for (String label : scores.classes()) {
            row(out, label, scores.of(label));
        }
        row(out, "overall", scores.overall());
    }

    private static void row(PrintWriter out, String label, ClassScores.Score score) {
        out.printf(Locale.ROOT, "%-10s %6.3f %6.3f %6.3f %7d %7d %7d%n", label, score.precision(), score.recall(),
                score.f1(), score.gold(), score.found(), score.correct());
    }
}
