package dev.newsflow.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits an article's text into paragraphs.
 *
 * <p>A blank line ends a paragraph. Otherwise each line is a paragraph of its own, because
 * scraped news puts headlines, captions and paragraphs on single lines; the exception is
 * hard-wrapped prose: a line that does not end a sentence, followed by a line that starts in
 * lower case, continues on that line. CRLF and CR count as line ends.
 */
public final class Segmenter {

    private static final Pattern LINE_END = Pattern.compile("\r\n|\r|\n");
    private static final String SENTENCE_ENDS = ".!?:;…\"“”„»«'’)]";

    private Segmenter() {}

    public static List<String> segment(String text) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : LINE_END.split(text, -1)) {
            String line = trim(raw);
            if (line.isEmpty()) {
                flush(current, paragraphs);
            } else if (current.length() > 0 && continues(current, line)) {
                current.append(' ').append(line);
            } else {
                flush(current, paragraphs);
                current.append(line);
            }
        }
        flush(current, paragraphs);
        return paragraphs;
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

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (current.length() > 0) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }
}
