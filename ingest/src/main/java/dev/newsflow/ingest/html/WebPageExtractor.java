package dev.newsflow.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A web page's bytes to its article: decoding ({@link PageDecoder}), parsing (jsoup), metadata
 * ({@link MetadataReader}), cleaning ({@link PagePruner}), finding the main content
 * ({@link MainContent}) and keeping its text blocks that are not page furniture; where that
 * gives little text, the longer of the page's JSON-LD {@code articleBody} and its prose as a
 * whole is taken instead.
 */
public final class WebPageExtractor {

    /** Less main text than this, in characters, and the fallbacks are looked at. */
    static final int SHORT_TEXT = 250;

    private WebPageExtractor() {}

    /**
     * @param bytes the page as saved
     * @param contentType the HTTP {@code Content-Type} it was served with, or null
     * @throws PageException where the page has no main text
     */
    public static WebPage extract(byte[] bytes, String contentType) throws PageException {
        PageDecoder.Decoded decoded = PageDecoder.decode(bytes, contentType);
        Document page = Jsoup.parse(decoded.html());
        Optional<JsonNode> article = JsonLd.article(page);
        PageMetadata metadata = MetadataReader.read(page, article);
        List<String> paragraphs = mainText(page, article);
        if (paragraphs.isEmpty()) {
            throw new PageException("no main text found in the page");
        }
        return new WebPage(metadata, paragraphs, decoded.charset(), decoded.warning());
    }

    static List<String> mainText(Document page, Optional<JsonNode> article) {
        Element body = page.body();
        PagePruner.prune(body);
        List<TextBlock> blocks = TextBlocks.of(body);
        List<Element> main = MainContent.find(body, blocks);
        List<String> paragraphs = texts(kept(blocks, main));
        if (length(paragraphs) < SHORT_TEXT) {
            List<String> fallback = longer(articleBody(article), texts(prose(blocks)));
            if (length(fallback) > length(paragraphs)) {
                return fallback;
            }
        }
        return paragraphs;
    }

    private static List<TextBlock> kept(List<TextBlock> blocks, List<Element> main) {
        Map<Element, Boolean> inside = new IdentityHashMap<>();
        main.forEach(e -> inside.put(e, true));
        List<TextBlock> kept = new ArrayList<>();
        for (TextBlock block : blocks) {
            if (isInside(block.owner(), inside) && !isFurniture(block)) {
                kept.add(block);
            }
        }
        return kept;
    }

    private static boolean isInside(Element e, Map<Element, Boolean> roots) {
        for (Element x = e; x != null; x = x.parent()) {
            if (roots.containsKey(x)) {
                return true;
            }
        }
        return false;
    }

    static boolean isFurniture(TextBlock block) {
        if (block.linkDensity() > 0.5) {
            return true;
        }
        return block.length() < 60 && Vocabulary.FURNITURE_LINES.matcher(block.text()).matches();
    }

    /** The whole page's prose: blocks of 50 characters or more, less than a third linked. */
    private static List<TextBlock> prose(List<TextBlock> blocks) {
        return blocks.stream().filter(b -> b.length() >= 50 && b.linkDensity() < 0.33).toList();
    }

    private static List<String> articleBody(Optional<JsonNode> article) {
        return article.flatMap(a -> JsonLd.text(a, "articleBody"))
                .map(body -> body.lines().map(String::strip).filter(line -> !line.isEmpty()).toList())
                .orElse(List.of());
    }

    private static List<String> texts(List<TextBlock> blocks) {
        return blocks.stream().map(TextBlock::text).toList();
    }

    private static List<String> longer(List<String> a, List<String> b) {
        return length(a) >= length(b) ? a : b;
    }

    private static int length(List<String> paragraphs) {
        return paragraphs.stream().mapToInt(String::length).sum();
    }
}
