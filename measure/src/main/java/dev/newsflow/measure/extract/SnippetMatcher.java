package dev.newsflow.measure.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores one extracted text against a page's snippets as the benchmark does: every run of white
 * space, in the text and in the snippets, becomes one space, then a snippet is found or not as a
 * plain substring. White space is what Python's {@code str.split()} splits on, so the figures are
 * comparable with the published ones.
 */
public final class SnippetMatcher {

    /** A page's score and the snippets behind its mistakes. */
    public record PageScore(SnippetCounts counts, List<String> missed, List<String> leftIn) {}

    private SnippetMatcher() {}

    public static PageScore score(String text, List<String> with, List<String> without) {
        String normalised = normalise(text);
        int tp = 0;
        int fp = 0;
        List<String> missed = new ArrayList<>();
        List<String> leftIn = new ArrayList<>();
        for (String snippet : with) {
            if (normalised.contains(normalise(snippet))) {
                tp++;
            } else {
                missed.add(snippet);
            }
        }
        for (String snippet : without) {
            if (normalised.contains(normalise(snippet))) {
                fp++;
                leftIn.add(snippet);
            }
        }
        return new PageScore(new SnippetCounts(tp, with.size() - tp, fp, without.size() - fp), missed, leftIn);
    }

    /** Runs of white space to one space, leading and trailing white space removed. */
    public static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isPythonSpace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code str.isspace()} in Python 3: what {@code str.split()} splits on. */
    static boolean isPythonSpace(char c) {
        return switch (c) {
            case ' ', '\t', '\n', '\u000B', '\f', '\r', '\u001C', '\u001D', '\u001E', '\u001F', '\u0085', '\u00A0',
                    '\u1680', '\u2028', '\u2029', '\u202F', '\u205F', '\u3000' -> true;
            default -> c >= '\u2000' && c <= '\u200A';
        };
    }
}
