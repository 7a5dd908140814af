package dev.newsflow.enrich.roles;

import java.util.function.Predicate;

/**
 * What the neighbourhood says about each line, once every line has a score of its own: the main
 * block of the page (the run of lines whose scores add up to the most, as in Finn's body text
 * extraction), and the sections that follow it (comments, teasers of other articles).
 */
final class PageContext {

    /** A line's own score is clipped to this before it counts towards the main block. */
    private static final double CLIP = 4.0;

    /** How far after a comments label its furniture is looked for. */
    private static final int COMMENT_CONFIRMATION = 12;

    final Page page;
    /** Each line's own score: the logit of being news, from its own features. */
    final double[] own;
    final int blockStart;
    final int blockEnd;
    /** Where the comments begin (see {@link #commentsStart(Page, int)}), or size(). */
    final int commentsStart;
    /** The first teaser-section label after the main block's first line, or size(). */
    final int teasersStart;
    /** The length of the run of short lines each line is in (0 for a line that is not short). */
    final int[] shortRun;
    /** The length of the run of lines that are not prose each line is in (0 for prose). */
    final int[] nonProseRun;

    PageContext(Page page, double[] own) {
        this.page = page;
        this.own = own;
        int n = page.size();
        int[] block = mainBlock(own);
        this.blockStart = block[0];
        this.blockEnd = block[1];
        int begin = Math.max(Math.min(blockStart, n), page.articleStart());
        this.commentsStart = commentsStart(page, begin);
        this.teasersStart = firstTeaserLabel(page, Math.min(blockStart, n));
        this.shortRun = runs(page, PageContext::isShort);
        this.nonProseRun = runs(page, line -> !line.readsAsProse());
    }

    double own(int i) {
        return i < 0 || i >= own.length ? 0 : own[i];
    }

    boolean inBlock(int i) {
        return i >= blockStart && i <= blockEnd;
    }

    /** Lines between the line and the main block; 0 inside it. */
    int distanceToBlock(int i) {
        if (blockStart > blockEnd) {
            return page.size();
        }
        return i < blockStart ? blockStart - i : Math.max(0, i - blockEnd);
    }

    /**
     * The largest own score within {@code radius} lines either side, the line itself left out; 0
     * for a line alone. Beyond the page's edges there is nothing: a clean article's last paragraph
     * is not judged by the footer it does not have.
     */
    double maxAround(int i, int radius) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = Math.max(0, i - radius); j <= Math.min(own.length - 1, i + radius); j++) {
            if (j != i) {
                max = Math.max(max, clip(own[j]));
            }
        }
        return max == Double.NEGATIVE_INFINITY ? 0 : max;
    }

    /** The mean clipped own score within {@code radius} lines either side (on the page), the line itself left out. */
    double meanAround(int i, int radius) {
        double sum = 0;
        int count = 0;
        for (int j = Math.max(0, i - radius); j <= Math.min(own.length - 1, i + radius); j++) {
            if (j != i) {
                sum += clip(own[j]);
                count++;
            }
        }
        return count == 0 ? 0 : sum / count;
    }

    /** Comment buttons, names and profiles within {@code radius} lines either side. */
    int commentFurnitureAround(int i, int radius) {
        int count = 0;
        for (int j = Math.max(0, i - radius); j <= Math.min(page.size() - 1, i + radius); j++) {
            Line line = page.line(j);
            if (j != i && (line.commentButton || line.commentAuthor || line.commentProfile)) {
                count++;
            }
        }
        return count;
    }

    private static double clip(double score) {
        return Math.max(-CLIP, Math.min(CLIP, score));
    }

    /** The run of lines with the largest sum of clipped scores (Kadane); {start, end}, or {0, -1} for none. */
    private static int[] mainBlock(double[] own) {
        double best = 0;
        int bestStart = 0;
        int bestEnd = -1;
        double sum = 0;
        int start = 0;
        for (int i = 0; i < own.length; i++) {
            if (sum <= 0) {
                sum = 0;
                start = i;
            }
            sum += clip(own[i]);
            if (sum > best) {
                best = sum;
                bestStart = start;
                bestEnd = i;
            }
        }
        return new int[] {bestStart, bestEnd};
    }

    /**
     * Where the comments begin: the first comments label ("13 Kommentare", "Leave a Reply") after
     * the article begins that comment furniture follows within {@value #COMMENT_CONFIRMATION} lines,
     * or the first line of furniture that more follows so closely; size() where there is neither.
     */
    private static int commentsStart(Page page, int from) {
        for (int i = Math.max(0, from); i < page.size(); i++) {
            Line line = page.line(i);
            boolean label = line.commentSection;
            boolean furniture = isCommentFurniture(line);
            if ((label || furniture) && furnitureAfter(page, i) >= (label ? 1 : 2)) {
                return i;
            }
        }
        return page.size();
    }

    private static int furnitureAfter(Page page, int i) {
        int count = 0;
        for (int j = i + 1; j < Math.min(page.size(), i + 1 + COMMENT_CONFIRMATION); j++) {
            if (isCommentFurniture(page.line(j))) {
                count++;
            }
        }
        return count;
    }

    private static boolean isCommentFurniture(Line line) {
        return line.commentButton || line.commentAuthor || line.commentProfile;
    }

    private static int firstTeaserLabel(Page page, int from) {
        for (int i = Math.max(0, from); i < page.size(); i++) {
            if (page.line(i).teaserSection) {
                return i;
            }
        }
        return page.size();
    }

    /** Whether a line of prose lies within {@code lines} lines after (positive) or before (negative) line i. */
    boolean proseWithin(int i, int lines) {
        int step = lines > 0 ? 1 : -1;
        for (int j = i + step; j != i + lines + step && j >= 0 && j < page.size(); j += step) {
            if (page.line(j).readsAsProse()) {
                return true;
            }
        }
        return false;
    }

    private static int[] runs(Page page, Predicate<Line> member) {
        int n = page.size();
        int[] runs = new int[n];
        int i = 0;
        while (i < n) {
            if (!member.test(page.line(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && member.test(page.line(j))) {
                j++;
            }
            for (int k = i; k < j; k++) {
                runs[k] = j - i;
            }
            i = j;
        }
        return runs;
    }

    static boolean isShort(Line line) {
        return line.words <= 5 && !line.endsSentence;
    }
}
