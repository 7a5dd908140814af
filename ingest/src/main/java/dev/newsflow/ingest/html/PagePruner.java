package dev.newsflow.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The cleaning pass: removes from a page's body what never holds article text (scripts, forms'
 * controls, media), what is hidden, and the elements that the {@link Vocabulary} names as page
 * furniture (navigation, footers, share bars, teasers, cookie banners, comment sections, author
 * boxes). Extraction then works on what is left.
 *
 * <p>One guard keeps a too-general name from taking the article with it: an element that holds
 * half or more of the page's prose (text in long, mostly unlinked runs) is not removed for its
 * name, unless it is a comment section, which may well be longer than the article; and the
 * document's top elements ({@code html}, {@code body}, {@code main}) are never removed by name.
 */
final class PagePruner {

    private static final double GUARDED_SHARE = 0.5;

    private final Map<Element, Integer> prose = new IdentityHashMap<>();
    private int pageProse;

    private PagePruner() {}

    static void prune(Element body) {
        new PagePruner().run(body);
    }

    private void run(Element body) {
        removeNeverText(body);
        pageProse = measureProse(body);
        removeFurniture(body);
    }

    private static void removeNeverText(Element root) {
        List<Node> doomed = new ArrayList<>();
        root.traverse((node, depth) -> {
            if (node instanceof Comment) {
                doomed.add(node);
            } else if (node instanceof Element e && node != root
                    && (Vocabulary.NEVER_TEXT.contains(e.normalName()) || isHidden(e))) {
                doomed.add(node);
            }
        });
        doomed.forEach(Node::remove);
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String compact = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return compact.contains("display:none") || compact.contains("visibility:hidden");
    }

    private void removeFurniture(Element root) {
        List<Element> doomed = new ArrayList<>();
        collectFurniture(root, doomed);
        doomed.forEach(Element::remove);
    }

    /** Top-down, so a removed element's descendants are not looked at. */
    private void collectFurniture(Element element, List<Element> doomed) {
        for (Element child : element.children()) {
            if (isFurniture(child)) {
                doomed.add(child);
            } else {
                collectFurniture(child, doomed);
            }
        }
    }

    private boolean isFurniture(Element e) {
        String tag = e.normalName();
        if (tag.equals("html") || tag.equals("body") || tag.equals("main")) {
            return false;
        }
        boolean guarded = pageProse > 0 && prose.getOrDefault(e, 0) >= GUARDED_SHARE * pageProse;
        String names = Vocabulary.namesOf(e);
        if (!names.isEmpty() && Vocabulary.COMMENT_NAMES.matcher(names).find() && !holdsArticleBody(e)) {
            return true;
        }
        if (guarded || tag.equals("article")) {
            return false;
        }
        if (Vocabulary.BOILERPLATE_TAGS.contains(tag)) {
            return true;
        }
        return !names.isEmpty() && Vocabulary.BOILERPLATE_NAMES.matcher(names).find();
    }

    private static boolean holdsArticleBody(Element e) {
        return e.selectFirst("[itemprop=articleBody], article, h1") != null;
    }

    /** Characters of prose below each element: text runs of 80 characters or more, less than a third linked. */
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
                    int inline = c.text().length();
                    run += inline;
                    if (c.normalName().equals("a")) {
                        linked += inline;
                    }
                    measureProse(c);
                }
            }
        }
        total += proseOf(run, linked);
        prose.put(e, total);
        return total;
    }

    private static int proseOf(int length, int linked) {
        return length >= 80 && linked * 3 < length ? length : 0;
    }
}
