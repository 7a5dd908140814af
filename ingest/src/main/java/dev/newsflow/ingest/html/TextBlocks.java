package dev.newsflow.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Lays a page (or a part of it) out as the {@link TextBlock}s a reader sees, in document order:
 * every block element ends the run of text before it and starts a new one; inline elements and
 * text join the run; {@code <br>} breaks the line.
 */
final class TextBlocks {

    private final List<TextBlock> blocks = new ArrayList<>();
    private final StringBuilder run = new StringBuilder();
    private int linkChars;
    private int linkDepth;
    private int preDepth;

    private TextBlocks() {}

    static List<TextBlock> of(Element root) {
        TextBlocks layout = new TextBlocks();
        layout.walk(root, root);
        layout.flush(root);
        return layout.blocks;
    }

    private void walk(Element element, Element owner) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                append(preDepth > 0 ? text.getWholeText() : text.text());
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    lineBreak();
                } else if (Vocabulary.BLOCK_TAGS.contains(tag)) {
                    flush(owner);
                    enter(e);
                    walk(e, e);
                    flush(e);
                    leave(e);
                } else {
                    enter(e);
                    walk(e, owner);
                    leave(e);
                }
            }
        }
    }

    private void enter(Element e) {
        switch (e.normalName()) {
            case "pre" -> preDepth++;
            case "a" -> linkDepth++;
            default -> { }
        }
    }

    private void leave(Element e) {
        switch (e.normalName()) {
            case "pre" -> preDepth--;
            case "a" -> linkDepth--;
            default -> { }
        }
    }

    /** Appends text to the run; text inside a link, even one around whole blocks, counts as linked. */
    private void append(String text) {
        int before = run.length();
        appendText(text);
        if (linkDepth > 0) {
            linkChars += run.length() - before;
        }
    }

    private void appendText(String text) {
        if (preDepth > 0) {
            run.append(text);
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
            if (space) {
                if (run.length() > 0 && !endsWithSpace()) {
                    run.append(' ');
                }
            } else {
                run.append(c);
            }
        }
    }

    private boolean endsWithSpace() {
        char last = run.charAt(run.length() - 1);
        return last == ' ' || last == '\n';
    }

    private void lineBreak() {
        if (run.length() > 0 && run.charAt(run.length() - 1) == ' ') {
            run.setLength(run.length() - 1);
        }
        if (run.length() > 0) {
            run.append('\n');
        }
    }

    private void flush(Element owner) {
        String text = trimLines(run);
        if (!text.isEmpty()) {
            int links = Math.min(linkChars, text.length());
            blocks.add(new TextBlock(owner, text, links, kindOf(owner)));
        }
        run.setLength(0);
        linkChars = 0;
    }

    /** Lines stripped, empty lines dropped: {@code <br><br>} does not leave a blank line inside a paragraph. */
    private static String trimLines(CharSequence text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.toString().split("\n")) {
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(stripped);
            }
        }
        return out.toString();
    }

    private static TextBlock.Kind kindOf(Element owner) {
        for (Element e = owner; e != null; e = e.parent()) {
            String tag = e.normalName();
            if (Vocabulary.HEADINGS.contains(tag)) {
                return TextBlock.Kind.HEADING;
            }
            switch (tag) {
                case "li", "dd", "dt":
                    return TextBlock.Kind.LIST_ITEM;
                case "blockquote":
                    return TextBlock.Kind.QUOTE;
                case "pre":
                    return TextBlock.Kind.PRE;
                case "td", "th":
                    return TextBlock.Kind.CELL;
                case "figcaption", "caption":
                    return TextBlock.Kind.CAPTION;
                case "p":
                    return TextBlock.Kind.PARAGRAPH;
                case "div", "section", "article", "main", "body":
                    return TextBlock.Kind.PARAGRAPH;
                default:
                    break;
            }
        }
        return TextBlock.Kind.PARAGRAPH;
    }
}
