package dev.newsflow.ingest.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the elements that hold the article in a pruned page, as Readability does: each run of
 * prose gives points (one, one per comma, one per 100 characters up to three) to the element
 * around it and, halved and thirded, to the ones above; an element's names raise or lower it;
 * its points shrink with the share of its text that is links. The best element wins, with those
 * of its siblings that score close to it or are prose themselves.
 */
final class MainContent {

    private static final int MIN_SCORED_LENGTH = 25;
    private static final int LEVELS = 5;
    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "td", "body", "form",
            "center", "font", "span", "blockquote", "header");

    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private final Map<Element, int[]> textAndLinks = new IdentityHashMap<>();
    private final List<Element> candidates = new ArrayList<>();

    private MainContent() {}

    /** The elements holding the article, in document order; empty where nothing scores. */
    static List<Element> find(Element body, List<TextBlock> blocks) {
        return new MainContent().run(body, blocks);
    }

    private List<Element> run(Element body, List<TextBlock> blocks) {
        countText(blocks);
        for (TextBlock block : blocks) {
            if (isScored(block)) {
                score(block);
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        for (Element candidate : candidates) {
            scores.put(candidate, scores.get(candidate) * (1 - linkDensity(candidate)));
        }
        List<Element> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparingDouble((Element e) -> scores.get(e)).reversed());
        Element top = widen(climb(ranked, body), body);
        Element article = enclosingArticle(top);
        if (article != null) {
            return List.of(article);
        }
        return withSiblings(top);
    }

    /** Going up, an element must hold this much more prose than the best one, */
    static final double WIDEN_GAIN = 1.25;
    /** have less than this share of its text in links, */
    static final double WIDEN_MAX_LINKS = 0.2;
    /** and be at most this many levels above it. */
    static final int WIDEN_LEVELS = 3;

    /**
     * Where the article is cut into parts (a content system's paragraphs, each in its own box), the
     * best element holds one part: go up while the element above holds much more prose and few links.
     */
    private Element widen(Element top, Element body) {
        Element best = top;
        int levels = 0;
        for (Element parent = top.parent(); parent != null && parent != body && levels < WIDEN_LEVELS; parent = parent.parent(), levels++) {
            if (prose(parent) >= WIDEN_GAIN * prose(best) && linkDensity(parent) < WIDEN_MAX_LINKS) {
                best = parent;
            }
        }
        return best;
    }

    private int prose(Element e) {
        int[] counts = textAndLinks.get(e);
        return counts == null ? 0 : counts[2];
    }

    /**
     * The {@code <article>} around the best element, where there is one that holds no other
     * article: its headline, lead and byline stand beside the body text, not inside it.
     */
    private Element enclosingArticle(Element top) {
        for (Element e = top; e != null; e = e.parent()) {
            if (e.normalName().equals("article")) {
                return e.getElementsByTag("article").size() == 1 ? e : null;
            }
        }
        return null;
    }

    private static boolean isScored(TextBlock block) {
        return block.length() >= MIN_SCORED_LENGTH && block.kind() != TextBlock.Kind.HEADING
                && block.kind() != TextBlock.Kind.CAPTION && block.linkDensity() < 0.5;
    }

    private void score(TextBlock block) {
        double points = 1 + commas(block.text()) + Math.min(block.length() / 100, 3);
        Element start = CONTAINERS.contains(block.owner().normalName()) ? block.owner() : block.owner().parent();
        Element e = start;
        for (int level = 0; level < LEVELS && e != null; level++, e = e.parent()) {
            if (!scores.containsKey(e)) {
                scores.put(e, initialScore(e));
                candidates.add(e);
            }
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            scores.merge(e, points / divider, Double::sum);
        }
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '،') {
                n++;
            }
        }
        return n;
    }

    private static double initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + nameWeight(e);
    }

    static double nameWeight(Element e) {
        String names = Vocabulary.namesOf(e);
        if (names.isEmpty()) {
            return 0;
        }
        double weight = 0;
        if (Vocabulary.UNLIKELY_NAMES.matcher(names).find()) {
            weight -= 25;
        }
        if (Vocabulary.LIKELY_NAMES.matcher(names).find()) {
            weight += 25;
        }
        if (names.contains("articlebody") || Vocabulary.BODY_NAMES.matcher(names).find()) {
            weight += 25;
        }
        return weight;
    }

    /** Readability's second look: an ancestor that most good candidates share, or one that scores higher, wins. */
    private Element climb(List<Element> ranked, Element body) {
        Element top = ranked.get(0);
        double topScore = scores.get(top);
        List<List<Element>> alternatives = new ArrayList<>();
        for (int i = 1; i < Math.min(5, ranked.size()); i++) {
            if (scores.get(ranked.get(i)) / topScore >= 0.75) {
                alternatives.add(ranked.get(i).parents());
            }
        }
        if (alternatives.size() >= 3) {
            for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
                int shared = 0;
                for (List<Element> ancestors : alternatives) {
                    if (containsIdentity(ancestors, parent)) {
                        shared++;
                    }
                }
                if (shared >= 3) {
                    top = parent;
                    break;
                }
            }
        }
        double lastScore = scores.getOrDefault(top, 0.0);
        double threshold = lastScore / 3;
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            Double parentScore = scores.get(parent);
            if (parentScore == null) {
                continue;
            }
            if (parentScore < threshold) {
                break;
            }
            if (parentScore > lastScore) {
                top = parent;
                break;
            }
            lastScore = parentScore;
        }
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    private static boolean containsIdentity(List<Element> list, Element e) {
        for (Element x : list) {
            if (x == e) {
                return true;
            }
        }
        return false;
    }

    private List<Element> withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> kept = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                kept.add(sibling);
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
            Double score = scores.get(sibling);
            if (score != null && score + bonus >= threshold) {
                kept.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                int length = sibling.text().length();
                double density = linkDensity(sibling);
                if (length > 80 && density < 0.25 || length > 0 && length <= 80 && density == 0 && sibling.text().matches(".*[.!?]$")) {
                    kept.add(sibling);
                }
            }
        }
        return Collections.unmodifiableList(kept);
    }

    private void countText(List<TextBlock> blocks) {
        for (TextBlock block : blocks) {
            for (Element e = block.owner(); e != null; e = e.parent()) {
                int[] counts = textAndLinks.computeIfAbsent(e, k -> new int[3]);
                counts[0] += block.length();
                counts[1] += block.linkChars();
                if (isScored(block)) {
                    counts[2] += block.length();
                }
            }
        }
    }

    private double linkDensity(Element e) {
        int[] counts = textAndLinks.get(e);
        return counts == null || counts[0] == 0 ? 0 : (double) counts[1] / counts[0];
    }
}
