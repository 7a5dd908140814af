package dev.newsflow.cli;

import dev.newsflow.ingest.html.WebPageExtractor;
import dev.newsflow.measure.extract.EvalData;
import dev.newsflow.measure.extract.EvalPage;
import dev.newsflow.measure.extract.ExtractEvaluation;
import dev.newsflow.measure.extract.ExtractEvaluation.PageResult;
import dev.newsflow.measure.extract.NewsText;
import dev.newsflow.measure.extract.PageExtractor;
import dev.newsflow.measure.extract.SnippetCounts;
import dev.newsflow.measure.roles.ScrapedPage.Part;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        header = "Measure the main-text extraction from web pages against annotated pages.",
        description = {"Runs the extractor that ingest uses for .html files on every page of DIR/evaldata.json "
            + "(trafilatura's benchmark format: per page URL, the file and snippets the main text must contain "
            + "and must leave out) and scores it as the benchmark does: white space collapsed, a snippet found "
            + "or not; counts summed over all pages. Speed is pages per second of one thread's CPU time, "
            + "extraction alone (docs/extraction.md).",
            "",
            "",
            "With --roles, what enrich keeps of an HTML article is measured instead: the extracted text cut into "
            + "paragraphs by the segmenter, each given its role from the markup and the classifier, the news "
            + "paragraphs kept (docs/roles.md); --no-markup leaves the markup out, as the topology does today.",
            "",
            "Last line: extract precision=P recall=R accuracy=A f1=F"})
final class EvalExtractCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder with evaldata.json and the pages it names.")
    Path dir;

    @Option(names = "--dump", paramLabel = "OUT", description = "Write each page's extracted text to OUT/<page id>.txt.")
    Path dump;

    @Option(names = "--show-mistakes", defaultValue = "0", paramLabel = "N",
            description = "Print the N pages with the most mistakes, with the snippets missed and left in.")
    int showMistakes;

    @Option(names = "--roles", description = "Keep only the paragraphs whose role is news, as enrich does.")
    boolean roles;

    @Option(names = "--no-markup", description = "With --roles: give roles without what the markup says of each paragraph.")
    boolean noMarkup;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<EvalPage> pages = EvalData.read(dir);
        PageExtractor extractor = roles ? new NewsText(!noMarkup) : (page, url) -> WebPageExtractor.extract(page, null).text();
        ExtractEvaluation result = ExtractEvaluation.run(pages, extractor, dump);
        SnippetCounts counts = result.counts();

        out.printf(Locale.ROOT, "%d pages, %d with main text (%d failed), %.1f s of one thread's CPU time (%.1f s wall-clock)%n",
                pages.size(), pages.size() - result.failures(), result.failures(), result.cpuSeconds(), result.seconds());
        out.printf(Locale.ROOT, "%-34s %6d found, %6d missed%n", "snippets of the main text",
                counts.truePositives(), counts.falseNegatives());
        out.printf(Locale.ROOT, "%-34s %6d left out, %3d left in%n", "snippets of boilerplate",
                counts.trueNegatives(), counts.falsePositives());
        if (dump != null) {
            out.printf("texts written to %s%n", dump);
        }
        result.pages().stream()
                .filter(p -> mistakes(p) > 0)
                .sorted(Comparator.comparingInt(EvalExtractCommand::mistakes).reversed())
                .limit(showMistakes)
                .forEach(p -> printMistakes(out, p));
        for (Part part : Part.values()) {
            SnippetCounts inPart = result.pages().stream().filter(p -> Part.of(p.page().id()) == part)
                    .map(p -> p.score().counts()).reduce(SnippetCounts.ZERO, SnippetCounts::plus);
            out.printf(Locale.ROOT, "%-8s precision=%.4f recall=%.4f f1=%.4f%n", part.label(), inPart.precision(),
                    inPart.recall(), inPart.f1());
        }
        out.printf(Locale.ROOT, "pages/s=%.1f%n", result.pagesPerSecond());
        out.printf(Locale.ROOT, "extract precision=%.4f recall=%.4f accuracy=%.4f f1=%.4f%n",
                counts.precision(), counts.recall(), counts.accuracy(), counts.f1());
        return 0;
    }

    private static int mistakes(PageResult page) {
        return page.score().counts().falseNegatives() + page.score().counts().falsePositives();
    }

    private static void printMistakes(PrintWriter out, PageResult page) {
        out.printf("%n%s %s (%d characters%s)%n", page.page().id(), page.page().url(), page.textLength(),
                page.failure() == null ? "" : ", failed: " + page.failure());
        page.score().missed().forEach(s -> out.printf("  missed:  %s%n", s));
        page.score().leftIn().forEach(s -> out.printf("  left in: %s%n", s));
    }
}
