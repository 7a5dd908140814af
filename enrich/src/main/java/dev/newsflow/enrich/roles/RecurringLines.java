package dev.newsflow.enrich.roles;


/**
 * What newsflow knows across articles: whether a line recurs in many articles of the same source
 * (a menu entry, a newsletter box, a copyright line). One instance answers for one source.
 *
 * <p>Lines are asked for in their {@linkplain #normalise normalised} form, so the answer does not
 * depend on case, spacing or kinds of dashes and quote marks.
 */
@FunctionalInterface
public interface RecurringLines {

    /** Knows nothing: every line is new. */
    RecurringLines NONE = line -> false;

    /** Whether this line, normalised, recurs in many articles of this source. */
    boolean recurs(String normalisedLine);

    /**
     * The form lines are compared in: Unicode NFKC, lower case, every dash a {@code -}, every quote
     * mark a {@code "}, digits kept, white space collapsed to one space and trimmed.
     */
    static String normalise(String line) {
        return LineForm.normalise(line);
    }
}
