package dev.newsflow.cli;

import dev.newsflow.enrich.roles.Role;
import dev.newsflow.enrich.roles.RoleClassifier;
import dev.newsflow.enrich.roles.RoleModel;
import dev.newsflow.measure.roles.LabelledPage;
import dev.newsflow.measure.roles.RoleTrainer;
import dev.newsflow.measure.roles.RolesEvaluation;
import dev.newsflow.measure.roles.ScrapedPage;
import dev.newsflow.measure.roles.SiteRecurringLines;
import dev.newsflow.measure.roles.SnippetScore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "roles", mixinStandardHelpOptions = true,
        header = "Measure the paragraph role classifier on scraped pages with known article text.",
        description = {"Reads each page of DIR (evaldata.json and the pages it names, e.g. ../shared/eval/scraped-text) "
            + "as ingest reads a .txt article, cuts it into paragraphs with the segmenter, gives every paragraph a role "
            + "(title, heading, body, caption, byline, boilerplate, comment, teaser) and keeps the title, heading, body "
            + "and caption paragraphs as the article. A 'with' snippet found in that text is a true positive, one missed a "
            + "false negative; a 'without' snippet found is a false positive, one left out a true negative (white space "
            + "collapsed). Prints precision, recall, accuracy and F1 for all pages and for each part: pages are split by "
            + "a hash of their id into a tune part (about two thirds) and a held-out part (the rest), and the recall of "
            + "snippets in paragraphs longer than 100 characters. Lines/s are those of the classifier alone, per second "
            + "of its thread's CPU time.",
            "",
            "Tune on the tune part (--mistakes shows its mistakes only); the held-out part is for measuring.",
            "",
            "Last line: roles precision=P recall=R accuracy=A f1=F"})
final class EvalRolesCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "Evaluation data: evaldata.json with {url: {file, with, without}} and the .txt pages.")
    Path dir;

    @Option(names = "--dump", paramLabel = "OUT", description = "Write the kept text of each page to OUT/<page id>.txt.")
    Path dump;

    @Option(names = "--model", paramLabel = "FILE", description = "Classify with the weights in FILE instead of the bundled model.")
    Path model;

    @Option(names = "--rules", description = "Classify by the hand-written rules alone (the baseline the model is measured against).")
    boolean rules;

    @Option(names = "--own-title",
            description = "Classify each page as if it had come with its own title, as JSON and HTML articles do: no headline is looked for.")
    boolean ownTitle;

    @Option(names = "--train", paramLabel = "FILE",
            description = "Train the model on the labelled lines of the tune part, write it to FILE, and measure it.")
    Path train;

    @Option(names = "--cross-validate", paramLabel = "L2", split = ",",
            description = "Before anything else, print the F1 of 3-fold cross-validation on the tune part for each of these L2 penalties.")
    List<Double> crossValidate = new ArrayList<>();

    @Option(names = "--mistakes", defaultValue = "0", paramLabel = "N",
            description = "Print up to N snippets of the tune part judged wrongly, with the paragraphs around them.")
    int mistakes;

    @Option(names = "--show", paramLabel = "ID", split = ",",
            description = "Print every paragraph of these pages (by id) with its role and probability of being news.")
    List<String> show = new ArrayList<>();

    @Option(names = "--recurring-pages", defaultValue = "" + SiteRecurringLines.DEFAULT_MIN_PAGES, paramLabel = "N",
            description = "A line on N or more pages of the same site recurs (default: ${DEFAULT-VALUE}).")
    int recurringPages;

    @Option(names = {"-v", "--verbose"}, description = "Log at INFO and show stack traces of errors.")
    void verbose(boolean on) {
        Logging.verbose(on);
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isRegularFile(dir.resolve("evaldata.json"))) {
            throw new ParameterException(spec.commandLine(), "no evaldata.json in " + dir);
        }
        List<ScrapedPage> pages = ScrapedPage.readAll(dir);
        List<LabelledPage> labelled = pages.stream().map(LabelledPage::read).toList();
        SiteRecurringLines recurring = new SiteRecurringLines(recurringPages);
        labelled.forEach(page -> recurring.add(page.page().site(), page.paragraphs()));

        for (double l2 : crossValidate) {
            List<LabelledPage> tune = labelled.stream().filter(p -> p.page().part() == ScrapedPage.Part.TUNE).toList();
            SnippetScore score = RoleTrainer.crossValidate(tune, recurring, 3, l2);
            out.printf(Locale.ROOT, "3-fold cross-validation on the tune part, L2 %.2f: precision %.3f recall %.3f F1 %.3f%n",
                    l2, score.precision(), score.recall(), score.f1());
        }
        RoleClassifier classifier = rules ? RoleClassifier.rulesOnly() : new RoleClassifier(chooseModel(out, labelled, recurring));
        if (dump != null) {
            createDirectories(dump);
        }
        RolesEvaluation result = RolesEvaluation.run(labelled, classifier, recurring, dump, ownTitle);

        long tune = pages.stream().filter(p -> p.part() == ScrapedPage.Part.TUNE).count();
        out.printf(Locale.ROOT, "%d pages (%d tune, %d held-out), %,d paragraphs classified in %.2f s of CPU: %,d lines/s on one thread%n",
                pages.size(), tune, pages.size() - tune, result.lines(), result.cpuSeconds(), Math.round(result.linesPerSecond()));
        out.printf("recurring lines (on %d or more pages of a site): %d%n", recurringPages, recurring.recurringLines());
        StringBuilder roles = new StringBuilder("roles:");
        for (Role role : Role.values()) {
            roles.append(' ').append(role.label()).append(' ').append(result.roleCounts().getOrDefault(role, 0));
        }
        out.println(roles);
        result.problems().forEach(problem -> out.println("unreadable, counted as empty: " + problem));
        out.println();
        out.printf("%-9s %5s %5s %5s %5s %5s %9s %7s %8s %6s %12s%n", "pages", "count", "TP", "FN", "FP", "TN",
                "precision", "recall", "accuracy", "F1", "recall >100");
        row(out, "all", result.all());
        row(out, "tune", result.part(ScrapedPage.Part.TUNE));
        row(out, "held-out", result.part(ScrapedPage.Part.HELD_OUT));
        printMistakes(out, result);
        printPages(out, labelled, classifier, recurring);
        SnippetScore all = result.all();
        out.printf(Locale.ROOT, "roles precision=%.3f recall=%.3f accuracy=%.3f f1=%.3f%n",
                all.precision(), all.recall(), all.accuracy(), all.f1());
        return 0;
    }

    private RoleModel chooseModel(PrintWriter out, List<LabelledPage> labelled, SiteRecurringLines recurring) {
        if (train != null) {
            List<LabelledPage> tune = labelled.stream().filter(p -> p.page().part() == ScrapedPage.Part.TUNE).toList();
            RoleTrainer.Trained trained = RoleTrainer.train(tune, recurring);
            write(train, trained.model().format());
            out.printf(Locale.ROOT, "trained on the tune part: %d labelled lines (%d news, %d not), %d holding both kinds left out; "
                    + "threshold %.2f (F1 %.3f on the tune part); written to %s%n", trained.newsLines() + trained.otherLines(),
                    trained.newsLines(), trained.otherLines(), trained.conflicting(), trained.model().threshold(), trained.trainingF1(), train);
            return trained.model();
        }
        if (model != null) {
            try {
                return RoleModel.parse(Files.readAllLines(model, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + model, e);
            }
        }
        return RoleModel.bundled();
    }

    private void printMistakes(PrintWriter out, RolesEvaluation result) {
        result.mistakes().stream().filter(m -> m.page().part() == ScrapedPage.Part.TUNE).limit(mistakes).forEach(m -> {
            out.printf("%n%s %s (%s)%n  snippet: %s%n", m.missedNews() ? "MISSED" : "KEPT", m.page().id(), m.page().url(), m.snippet());
            if (m.paragraph() < 0) {
                out.println("  (in no single paragraph)");
                return;
            }
            m.before().forEach(line -> out.println("    " + cut(line)));
            out.printf(Locale.ROOT, "  > %-11s %.2f %s%n", m.role().label(), m.newsProbability(), cut(m.text()));
            m.after().forEach(line -> out.println("    " + cut(line)));
        });
        if (mistakes > 0) {
            out.println();
        }
    }

    private void printPages(PrintWriter out, List<LabelledPage> labelled, RoleClassifier classifier, SiteRecurringLines recurring) {
        for (LabelledPage page : labelled) {
            if (!show.contains(page.page().id())) {
                continue;
            }
            out.printf("%n%s (%s)%n", page.page().id(), page.page().url());
            RoleClassifier.Scored scored = classifier.score(page.paragraphs(), page.text().hasOwnTitle() || ownTitle,
                    recurring.of(page.page().site()));
            for (int i = 0; i < page.paragraphs().size(); i++) {
                String label = page.label(i) == LabelledPage.NEWS ? "+" : page.label(i) == LabelledPage.NOT_NEWS ? "-" : " ";
                out.printf(Locale.ROOT, "%s%4d %-11s %.2f %s%n", label, i, scored.roles().get(i).label(),
                        scored.newsProbability()[i], cut(page.paragraphs().get(i)));
            }
        }
    }

    private static String cut(String line) {
        return line.length() <= 160 ? line : line.substring(0, 157) + "...";
    }

    private static void row(PrintWriter out, String label, SnippetScore score) {
        out.printf(Locale.ROOT, "%-9s %5d %5d %5d %5d %5d %9.3f %7.3f %8.3f %6.3f %12.3f%n", label, score.pages(),
                score.truePositives(), score.falseNegatives(), score.falsePositives(), score.trueNegatives(),
                score.precision(), score.recall(), score.accuracy(), score.f1(), score.longLineRecall());
    }

    private static void createDirectories(Path path) {
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + path, e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
