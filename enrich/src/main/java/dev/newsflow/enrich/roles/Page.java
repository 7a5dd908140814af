package dev.newsflow.enrich.roles;

import dev.newsflow.model.Markup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An article's paragraphs as lines, with what is known of the page as a whole before any scoring. */
final class Page {

    final List<Line> lines;
    final boolean hasOwnTitle;
    /** The headline's index, or -1 (always -1 where the article came with its own title). */
    final int title;
    /** The first later line that repeats the headline (the page's own heading), or -1. */
    final int titleRepeat;
    /** How often each line's text occurs on this page. */
    final int[] occurrences;
    /** Whether each line recurs across the source's articles. */
    final boolean[] recurs;
    /** The content words of the headline (without the site's name), as {@link Line#stems}. */
    final Set<String> titleStems;
    /**
     * Whether the paragraphs are the main content an extractor took from a web page, rather than
     * everything a page showed: then only its edges can be furniture.
     */
    final boolean mainContent;
    /** Per line, what the page's markup says it is; null entries where it says nothing. */
    private final Markup[] markup;

    Page(List<String> paragraphs, boolean hasOwnTitle, RecurringLines recurring) {
        this(paragraphs, hasOwnTitle, recurring, false, null);
    }

    /** @param markup one per paragraph, or null where there is none */
    Page(List<String> paragraphs, boolean hasOwnTitle, RecurringLines recurring, boolean mainContent, List<Markup> markup) {
        List<Line> parsed = new ArrayList<>(paragraphs.size());
        for (String paragraph : paragraphs) {
            parsed.add(new Line(paragraph));
        }
        this.lines = List.copyOf(parsed);
        this.hasOwnTitle = hasOwnTitle;
        this.recurs = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            recurs[i] = recurring.recurs(lines.get(i).normalised);
        }
        // a line the site's other articles have is no article's headline
        this.title = hasOwnTitle ? -1 : Headline.find(lines, recurs);
        this.titleRepeat = Headline.repeatOf(lines, title);
        this.titleStems = title < 0 ? Set.of() : new Line(Headline.core(lines.get(title).text)).stems;
        this.mainContent = mainContent;
        this.markup = new Markup[lines.size()];
        if (markup != null && markup.size() == lines.size()) {
            markup.toArray(this.markup);
        }
        this.occurrences = new int[lines.size()];
        Map<String, Integer> counts = new HashMap<>();
        for (Line line : lines) {
            counts.merge(line.normalised, 1, Integer::sum);
        }
        for (int i = 0; i < lines.size(); i++) {
            occurrences[i] = counts.get(lines.get(i).normalised);
        }
    }

    /** The share of the headline's content words (up to four) that line i has. */
    double titleOverlap(int i) {
        if (titleStems.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String stem : lines.get(i).stems) {
            if (titleStems.contains(stem)) {
                shared++;
            }
        }
        return Math.min(1.0, (double) shared / Math.min(4, titleStems.size()));
    }

    /** What the markup says line i is, or null. */
    Markup markup(int i) {
        return markup[i];
    }

    int size() {
        return lines.size();
    }

    Line line(int i) {
        return lines.get(i);
    }

    /** Whether line i is the headline or its repeat. */
    boolean isTitle(int i) {
        return i == title || i == titleRepeat || (title >= 0 && lines.get(i).normalised.equals(lines.get(title).normalised));
    }

    /** The line where the article begins: the headline's repeat if there is one, else the headline, else 0. */
    int articleStart() {
        return titleRepeat >= 0 ? titleRepeat : Math.max(title, 0);
    }
}
