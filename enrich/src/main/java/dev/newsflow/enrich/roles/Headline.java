package dev.newsflow.enrich.roles;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds an article's headline among its first lines: the first line that reads as a headline, so
 * that section labels ("International", "Nordkorea") and menu entries above it are passed over.
 * A scraped page starts with its HTML title ("Headline | Site"); where the headline comes again
 * further down (the page's own heading), that repeat is where the article begins.
 */
final class Headline {

    /** How far down a headline is looked for. */
    static final int SEARCH_LINES = 40;

    /** Where a site's name is appended to a headline: "Headline | BRIGITTE.de", "Headline - The Observer". */
    private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s+[|–—-]\\s+|\\s*[|·•»]\\s*|\\s+::\\s+");

    private Headline() {}

    /**
     * The index of the headline, or -1 where no line in the first {@value #SEARCH_LINES} reads as
     * one. The search ends at the first paragraph of prose: a text that starts with its story (a
     * wire brief) has no headline line below it, and what follows is the story's own. A short
     * first line right above that prose ("Meldung 39") is the headline even where it is too short
     * to read as one on its own.
     */
    static int find(List<Line> lines) {
        return find(lines, new boolean[lines.size()]);
    }

    /**
     * As {@link #find(List)}, passing over the lines that recur across the source: a site's
     * furniture ("Newsletter abonnieren", a section's name) reads as a headline as often as not.
     */
    static int find(List<Line> lines, boolean[] recurs) {
        int end = Math.min(lines.size(), SEARCH_LINES);
        for (int i = 0; i < end; i++) {
            Line line = lines.get(i);
            if (recurs[i]) {
                continue;
            }
            if (opensStory(line, i)) {
                return i == 1 && readsAsShortTitle(lines.get(0)) && !recurs[0] ? 0 : -1;
            }
            if (readsAsHeadline(line)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A paragraph opening with an agency's dateline, or prose ending in a full stop: the story has
     * begun. A question or an exclamation may be a headline, and so may a page's title line with
     * the site's name after a separator; a first line of one sentence stays what it was taken for
     * before (a headline where it reads as one), as a page's title line may end in "e.V.".
     */
    static boolean opensStory(Line line, int index) {
        return line.dateline || (line.readsAsProse() && line.chars >= 60 && line.text.endsWith(".")
                && !line.endsEllipsis && line.separators == 0 && (index > 0 || line.innerSentenceEnds > 0));
    }

    /**
     * A headline has three words or more, is not too long, is not a sentence of prose ending in a
     * full stop, and is none of the furniture the vocabulary knows (dates, bylines, menus, buttons).
     */
    static boolean readsAsHeadline(Line line) {
        if (line.words < 3 || line.chars < 15 || line.chars > 250 || line.letters * 2 < line.chars) {
            return false;
        }
        if (line.text.endsWith(".") && !line.text.endsWith("...") && line.innerSentenceEnds > 0) {
            return false;
        }
        return !isFurniture(line);
    }

    /** A line of a few words without a sentence's end that is none of the furniture the vocabulary knows. */
    private static boolean readsAsShortTitle(Line line) {
        return RoleFeatures.headingLike(line) && line.chars <= 250 && !isFurniture(line);
    }

    private static boolean isFurniture(Line line) {
        return (line.commentButton || line.commentAuthor || line.commentProfile || line.commentSection
                || line.teaserSection || line.readMore || line.author || line.copyright || line.isDateLine()
                || line.dateWords || line.sourcesLabel || line.startsLowerCase || line.serviceWords > 0
                || line.endsEllipsis || line.navigationWords * 2 >= line.words || line.separators >= 2);
    }

    /**
     * The index of the first line after the headline that repeats it, alone or without the site's
     * name, or -1.
     */
    static int repeatOf(List<Line> lines, int headline) {
        if (headline < 0) {
            return -1;
        }
        String title = lines.get(headline).normalised;
        String core = core(title);
        for (int i = headline + 1; i < lines.size(); i++) {
            String candidate = lines.get(i).normalised;
            if (candidate.length() < 12) {
                continue;
            }
            if (candidate.equals(title) || candidate.equals(core)
                    || (core.length() >= 12 && candidate.length() * 10 >= core.length() * 6
                            && (title.startsWith(candidate) || candidate.startsWith(core)))) {
                return i;
            }
        }
        return -1;
    }

    /** The longest part of a title split at the separators sites append their name with. */
    static String core(String normalisedTitle) {
        String best = normalisedTitle;
        String[] parts = SITE_SEPARATOR.split(normalisedTitle);
        if (parts.length > 1) {
            best = "";
            for (String part : parts) {
                if (part.length() > best.length()) {
                    best = part;
                }
            }
        }
        return best.strip();
    }
}
