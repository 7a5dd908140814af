package dev.newsflow.model;

import java.util.Locale;

/**
 * What a web page's markup says a paragraph of its main text is: the kind of element it stood
 * in. Carried by {@link Article#markup()} so that enrich can take a page's headings and lists as
 * what they are instead of guessing from their words. A list that can grow: a reader takes a
 * label it does not know for no markup at all ({@link #ofLabel} gives null). Values are only ever
 * added at the end: enrich's internal format writes a value by its ordinal.
 */
public enum Markup {
    /** {@code h1} to {@code h6}. */
    HEADING,
    /** {@code p}, or text standing in a container between other blocks. */
    PARAGRAPH,
    /** {@code li}, {@code dd}, {@code dt}. */
    LIST_ITEM,
    /** {@code blockquote}. */
    QUOTE,
    /** {@code pre}: code, verse, a table set in text. */
    PREFORMATTED,
    /** {@code td}, {@code th}. */
    CELL,
    /** {@code figcaption}, a table's {@code caption}. */
    CAPTION;

    /** As records write it: lower case, words joined by '-' ("list-item"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The markup a record names, or null for null or a label this version does not know. */
    public static Markup ofLabel(String label) {
        if (label == null) {
            return null;
        }
        for (Markup markup : values()) {
            if (markup.label().equals(label)) {
                return markup;
            }
        }
        return null;
    }
}
