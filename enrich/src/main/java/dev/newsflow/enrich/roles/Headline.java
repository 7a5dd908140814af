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

    /** The index of the headline, or -1 where no line in the first {@value #SEARCH_LINES} reads as one. */
    static int find(List<Line> lines) {
        int end = Math.min(lines.size(), SEARCH_LINES);
        for (int i = 0; i < end; i++) {
            if (readsAsHeadline(lines.get(i))) {
                return i;
            }
        }
        return -1;
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
        return !(line.commentButton || line.commentAuthor || line.commentProfile || line.commentSection
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
