package dev.newsflow.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The cleaning pass, in three steps: what never holds article text (scripts, controls, media)
 * and what is hidden; comment sections; then page furniture, by tag ({@code nav}, {@code aside},
 * {@code footer}) and by the words in its names that the {@link Vocabulary} lists (navigation,
 * share bars, teasers, cookie banners, author boxes and the like).
 *
 * <p>A guard keeps a too-general name from taking the article with it: an element that holds
 * {@value #GUARDED_SHARE} or more of the page's prose (text in runs of 80 characters or more,
 * less than a third linked), counted after the first two steps and the furniture tags, is not
 * removed for its name; nor are {@code html}, {@code body}, {@code main} and {@code article}.
 */
final class PagePruner {

    static final double GUARDED_SHARE = 0.4;
    private static final int PROSE_RUN = 80;

    /** How much is removed: {@link #LIGHT} keeps what is furniture only by its name, for a second try. */
    enum Strength { FULL, LIGHT }

    private final Map<Element, Integer> prose = new IdentityHashMap<>();
    private int pageProse;

    private PagePruner() {}

    static void prune(Element body, Strength strength) {
        removeAll(body, PagePruner::isNeverText);
        removeAll(body, PagePruner::isCommentSection);
        if (strength == Strength.FULL) {
            removeAll(body, e -> !isProtected(e) && Vocabulary.BOILERPLATE_TAGS.contains(e.normalName()));
            new PagePruner().removeNamedFurniture(body);
        }
    }

    private void removeNamedFurniture(Element body) {
        pageProse = measureProse(body);
        removeAll(body, this::isNamedFurniture);
    }

    private static boolean isNeverText(Element e) {
        return Vocabulary.NEVER_TEXT.contains(e.normalName()) || isHidden(e);
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || e.attr("aria-hidden").equals("true") && e.text().length() < 200) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String compact = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return compact.contains("display:none") || compact.contains("visibility:hidden");
    }

    private static boolean isCommentSection(Element e) {
        String names = Vocabulary.namesOf(e);
        return !names.isEmpty() && !isProtected(e) && Vocabulary.COMMENT_NAMES.matcher(names).find()
                && e.selectFirst("[itemprop=articleBody], article, h1") == null;
    }

    private boolean isNamedFurniture(Element e) {
        if (isProtected(e) || pageProse > 0 && prose.getOrDefault(e, 0) >= GUARDED_SHARE * pageProse) {
            return false;
        }
        String names = Vocabulary.namesOf(e);
        return !names.isEmpty() && Vocabulary.BOILERPLATE_NAMES.matcher(names).find();
    }

    private static boolean isProtected(Element e) {
        String tag = e.normalName();
        return tag.equals("html") || tag.equals("body") || tag.equals("main") || tag.equals("article");
    }

    /** Removes the elements that match, top-down, so a removed element's descendants are not looked at. */
    private static void removeAll(Element root, Predicate<Element> doomed) {
        List<Node> found = new ArrayList<>();
        collect(root, doomed, found);
        found.forEach(Node::remove);
    }

    private static void collect(Element element, Predicate<Element> doomed, List<Node> found) {
        for (Node child : element.childNodes()) {
            if (child instanceof Comment) {
                found.add(child);
            } else if (child instanceof Element e) {
                if (doomed.test(e)) {
                    found.add(e);
                } else {
                    collect(e, doomed, found);
                }
            }
        }
    }

    /** Characters of prose below each element, remembered for each. */
    private int measureProse(Element e) {
        int total = 0;
        int run = 0;
        int linked = 0;
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                run += t.text().strip().length();
            } else if (child instanceof Element c) {
                if (Vocabulary.BLOCK_TAGS.contains(c.normalName())) {
                    total += proseOf(run, linked);
                    run = 0;
                    linked = 0;
                    total += measureProse(c);
                } else {
                    int inner = measureInline(c);
                    run += inner;
                    if (c.normalName().equals("a")) {
                        linked += inner;
                    }
                }
            }
        }
        total += proseOf(run, linked);
        prose.put(e, total);
        return total;
    }

    /** An inline element's text length; an inline element that holds blocks is measured as a block too. */
    private int measureInline(Element c) {
        if (c.childrenSize() == 0) {
            return c.text().length();
        }
        for (Element child : c.children()) {
            if (Vocabulary.BLOCK_TAGS.contains(child.normalName())) {
                measureProse(c);
                break;
            }
        }
        return c.text().length();
    }

    private static int proseOf(int length, int linked) {
        return length >= PROSE_RUN && linked * 3 < length ? length : 0;
    }
}
