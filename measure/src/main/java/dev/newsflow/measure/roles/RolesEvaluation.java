package dev.newsflow.measure.roles;

import dev.newsflow.enrich.roles.Role;
import dev.newsflow.measure.extract.SnippetMatcher;
import dev.newsflow.enrich.roles.RoleClassifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Classifies the paragraphs of every page, keeps those in a news role (title, heading, body,
 * caption) and scores the kept text against the page's snippets, overall and per part (tune,
 * held-out). Only the classifier is timed, on the thread's CPU clock.
 */
public final class RolesEvaluation {

    /**
     * A snippet judged wrongly: a {@code with} snippet missed or a {@code without} snippet kept.
     *
     * @param paragraph the index of the paragraph holding it, or -1 where no single paragraph does
     */
    public record Mistake(ScrapedPage page, boolean missedNews, String snippet, int paragraph, String text, Role role,
            double newsProbability, List<String> before, List<String> after) {}

    private final Map<ScrapedPage.Part, SnippetScore> byPart = new EnumMap<>(ScrapedPage.Part.class);
    private final SnippetScore all = new SnippetScore();
    private final List<Mistake> mistakes = new ArrayList<>();
    private final Map<Role, Integer> roleCounts = new EnumMap<>(Role.class);
    private long lines;
    private long cpuNanos;
    private final List<String> problems = new ArrayList<>();

    private RolesEvaluation() {
        for (ScrapedPage.Part part : ScrapedPage.Part.values()) {
            byPart.put(part, new SnippetScore());
        }
    }

    /** Classifies and scores the pages; writes each page's kept text to {@code dump/<page id>.txt} unless dump is null. */
    public static RolesEvaluation run(List<LabelledPage> pages, RoleClassifier classifier, SiteRecurringLines recurring, Path dump) {
        return run(pages, classifier, recurring, dump, false);
    }

    /**
     * As {@link #run(List, RoleClassifier, SiteRecurringLines, Path)}.
     *
     * @param ownTitle classify every page as if it had come with its own title, as JSON and HTML
     *     articles do (no headline is looked for), to see how the classifier does without one
     */
    public static RolesEvaluation run(List<LabelledPage> pages, RoleClassifier classifier, SiteRecurringLines recurring,
            Path dump, boolean ownTitle) {
        RolesEvaluation evaluation = new RolesEvaluation();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (LabelledPage page : pages) {
            if (page.text().problem() != null) {
                evaluation.problems.add(page.text().problem());
            }
            long cpu = threads.getCurrentThreadCpuTime();
            RoleClassifier.Scored scored = classifier.score(page.paragraphs(), page.text().hasOwnTitle() || ownTitle, recurring.of(page.page().site()));
            evaluation.cpuNanos += threads.getCurrentThreadCpuTime() - cpu;
            evaluation.lines += page.paragraphs().size();
            evaluation.score(page, scored, dump);
        }
        return evaluation;
    }

    private void score(LabelledPage page, RoleClassifier.Scored scored, Path dump) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < scored.roles().size(); i++) {
            Role role = scored.roles().get(i);
            roleCounts.merge(role, 1, Integer::sum);
            if (role.isNews()) {
                kept.add(page.paragraphs().get(i));
            }
        }
        String text = String.join("\n", kept);
        SnippetMatcher.PageScore matched = SnippetMatcher.score(text, page.page().with(), page.page().without());
        int longFound = 0;
        int longMissed = 0;
        for (String snippet : page.page().with()) {
            if (inLongLine(page, snippet)) {
                if (matched.missed().contains(snippet)) {
                    longMissed++;
                } else {
                    longFound++;
                }
            }
        }
        matched.missed().forEach(snippet -> mistake(page, scored, true, snippet));
        matched.leftIn().forEach(snippet -> mistake(page, scored, false, snippet));
        SnippetScore score = new SnippetScore(matched.counts(), longFound, longMissed);
        all.add(score);
        byPart.get(page.page().part()).add(score);
        if (dump != null) {
            write(dump.resolve(page.page().id() + ".txt"), kept.isEmpty() ? "" : text + "\n");
        }
    }

    private static boolean inLongLine(LabelledPage page, String snippet) {
        for (int i : page.holding(snippet)) {
            if (page.collapsed(i).length() > SnippetScore.LONG_LINE) {
                return true;
            }
        }
        return false;
    }

    private void mistake(LabelledPage page, RoleClassifier.Scored scored, boolean missedNews, String snippet) {
        List<Integer> holding = page.holding(snippet);
        // the paragraph that decided: for a missed snippet one that was dropped, for a kept one one that was kept
        int at = -1;
        for (int i : holding) {
            if (scored.roles().get(i).isNews() != missedNews) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            mistakes.add(new Mistake(page.page(), missedNews, snippet, -1, null, null, Double.NaN, List.of(), List.of()));
            return;
        }
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (int i = Math.max(0, at - 2); i < at; i++) {
            before.add(describe(page, scored, i));
        }
        for (int i = at + 1; i <= Math.min(page.paragraphs().size() - 1, at + 2); i++) {
            after.add(describe(page, scored, i));
        }
        mistakes.add(new Mistake(page.page(), missedNews, snippet, at, page.paragraphs().get(at), scored.roles().get(at),
                scored.newsProbability()[at], before, after));
    }

    private static String describe(LabelledPage page, RoleClassifier.Scored scored, int i) {
        return String.format(java.util.Locale.ROOT, "%-11s %.2f %s", scored.roles().get(i).label(), scored.newsProbability()[i],
                page.paragraphs().get(i));
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public SnippetScore all() {
        return all;
    }

    public SnippetScore part(ScrapedPage.Part part) {
        return byPart.get(part);
    }

    public List<Mistake> mistakes() {
        return mistakes;
    }

    public Map<Role, Integer> roleCounts() {
        return roleCounts;
    }

    /** Paragraphs classified. */
    public long lines() {
        return lines;
    }

    /** Paragraphs classified per second of the classifying thread's CPU time. */
    public double linesPerSecond() {
        return cpuNanos == 0 ? Double.NaN : lines / (cpuNanos / 1e9);
    }

    public double cpuSeconds() {
        return cpuNanos / 1e9;
    }

    /** Files ingest could not read (each counts as an empty extraction). */
    public List<String> problems() {
        return problems;
    }
}
