package dev.newsflow.ingest.html;

import org.jsoup.nodes.Element;

/**
 * One run of text that a page shows as a block of its own: a paragraph, a heading, a list item,
 * a quote, a table cell, or text that stands directly in a container between other blocks.
 *
 * @param owner the nearest block element around the text
 * @param text the text, white space collapsed, line breaks ({@code <br>}) kept as {@code \n}
 * @param linkChars how many of its characters are the text of links
 */
record TextBlock(Element owner, String text, int linkChars, Kind kind) {

    enum Kind { HEADING, PARAGRAPH, LIST_ITEM, QUOTE, PRE, CELL, CAPTION }

    int length() {
        return text.length();
    }

    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }
}
