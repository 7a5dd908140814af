package dev.newsflow.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits an article's text into paragraphs.
 *
 * <p>A blank line ends a paragraph. Otherwise each line is a paragraph of its own, because
 * scraped news puts headlines, captions, bylines and paragraphs on single lines; the exception
 * is hard-wrapped prose, whose lines continue on the next:
 * <ul>
 *   <li>a line that does not end a sentence, followed by one that starts in lower case, always;
 *   <li>in a hard-wrapped text, a line that was wrapped: one that the next line's first word
 *       would have taken past the text's width, whatever the case of that word (German nouns
 *       are capitalised, so most wrapped lines go on with a capital).
 * </ul>
 * A text is hard-wrapped when its lines are no longer than a common wrap width (40 to 100
 * characters, the longest line that another line follows) and at least {@value #MIN_WRAPS} of
 * them were wrapped, one of them mid-sentence (a comma at its end, or the next line in lower
 * case): the single lines of a scraped page (bylines, dates, "Mehr «International»") are far
 * shorter than its longest line, and a list of headlines never goes on in lower case. CRLF and
 * CR count as line ends.
 */
public final class Segmenter {

    private static final Pattern LINE_END = Pattern.compile("\r\n|\r|\n");
    private static final String SENTENCE_ENDS = ".!?:;…\"“”„»«'’)]";
    /** The widths that texts are wrapped at: 72 in mail, 70 to 80 in agency feeds and terminals. */
    private static final int MIN_WIDTH = 40;
    private static final int MAX_WIDTH = 100;
    static final int MIN_WRAPS = 3;

    private Segmenter() {}

    public static List<String> segment(String text) {
        return paragraphs(text).stream().map(Paragraph::text).toList();
    }

    /**
     * The paragraphs, each with the block it lies in: blocks are the runs of non-blank lines,
     * counted from 0. A paragraph never spans two blocks, so what a producer says of each block
     * (a web page's markup) is said of each of its paragraphs.
     */
    public static List<Paragraph> paragraphs(String text) {
        List<String> lines = LINE_END.splitAsStream(text).map(Segmenter::trim).toList();
        int width = wrapWidth(lines);
        List<Paragraph> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String previous = "";
        int block = -1;
        for (String line : lines) {
            if (line.isEmpty()) {
                flush(current, block, paragraphs);
            } else if (current.length() > 0 && (continues(current, line) || isWrapped(previous, line, width))) {
                current.append(' ').append(line);
            } else {
                flush(current, block, paragraphs);
                if (previous.isEmpty()) {
                    block++;
                }
                current.append(line);
            }
            previous = line;
        }
        flush(current, block, paragraphs);
        return paragraphs;
    }

    /** A paragraph and the index of the block of non-blank lines it lies in. */
    public record Paragraph(String text, int block) {}

    /** The width a text is hard-wrapped at, or 0 where it is not hard-wrapped. */
    static int wrapWidth(List<String> lines) {
        int width = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (!lines.get(i).isEmpty() && !lines.get(i + 1).isEmpty()) {
                width = Math.max(width, length(lines.get(i)));
            }
        }
        if (width < MIN_WIDTH || width > MAX_WIDTH) {
            return 0;
        }
        int wraps = 0;
        boolean midSentence = false;
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i);
            String next = lines.get(i + 1);
            if (!line.isEmpty() && !next.isEmpty() && isWrapped(line, next, width)) {
                wraps++;
                midSentence |= line.endsWith(",") || Character.isLowerCase(next.codePointAt(0));
            }
        }
        return wraps >= MIN_WRAPS && midSentence ? width : 0;
    }

    /** Whether the next line's first word would have taken this line past the width. */
    private static boolean isWrapped(String line, String next, int width) {
        if (width == 0 || line.isEmpty()) {
            return false;
        }
        int space = next.indexOf(' ');
        String firstWord = space < 0 ? next : next.substring(0, space);
        return length(line) + 1 + length(firstWord) > width;
    }

    private static int length(String line) {
        return line.codePointCount(0, line.length());
    }

    /** Like {@link String#strip()}, but no-break spaces count as space too, as they do in scraped HTML. */
    private static String trim(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && isSpace(line.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean continues(CharSequence previous, String next) {
        return !endsSentence(previous) && Character.isLowerCase(next.codePointAt(0));
    }

    private static boolean endsSentence(CharSequence line) {
        return SENTENCE_ENDS.indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    private static void flush(StringBuilder current, int block, List<Paragraph> paragraphs) {
        if (current.length() > 0) {
            paragraphs.add(new Paragraph(current.toString(), block));
            current.setLength(0);
        }
    }
}
