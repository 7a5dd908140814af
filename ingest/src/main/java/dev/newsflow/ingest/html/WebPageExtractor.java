package dev.newsflow.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.model.Markup;
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
        List<Block> blocks = mainText(page, decoded.html(), article);
        if (blocks.isEmpty()) {
            throw new PageException("no main text found in the page");
        }
        return new WebPage(metadata, blocks.stream().map(Block::text).toList(),
                blocks.stream().map(Block::markup).toList(), decoded.charset(), decoded.warning());
    }

    /** The main text of a parsed page (which is pruned in place) whose source is {@code html}. */
    static List<Block> mainText(Document page, String html, Optional<JsonNode> article) {
        List<Block> paragraphs = mainText(page.body(), PagePruner.Strength.FULL);
        if (length(paragraphs) < SHORT_TEXT) {
            // names misled the cleaning pass, or the page has little text: try again on a fresh parse, trusting tags only
            List<Block> second = mainText(Jsoup.parse(html).body(), PagePruner.Strength.LIGHT);
            List<Block> fallback = longer(articleBody(article), second);
            if (length(fallback) > length(paragraphs)) {
                return fallback;
            }
        }
        return paragraphs;
    }

    private static List<Block> mainText(Element body, PagePruner.Strength strength) {
        PagePruner.prune(body, strength);
        List<TextBlock> blocks = TextBlocks.of(body);
        return texts(kept(blocks, MainContent.find(body, blocks)));
    }

    private static List<TextBlock> kept(List<TextBlock> blocks, List<Element> main) {
        Map<Element, Boolean> inside = new IdentityHashMap<>();
        main.forEach(e -> inside.put(e, true));
        List<TextBlock> content = new ArrayList<>();
        for (TextBlock block : blocks) {
            if (isInside(block.owner(), inside)) {
                content.add(block);
            }
        }
        return BlockFilter.keep(content);
    }

    private static boolean isInside(Element e, Map<Element, Boolean> roots) {
        for (Element x = e; x != null; x = x.parent()) {
            if (roots.containsKey(x)) {
                return true;
            }
        }
        return false;
    }

    /** JSON-LD's article body is text without markup: its lines say nothing of what they are. */
    private static List<Block> articleBody(Optional<JsonNode> article) {
        return article.flatMap(a -> JsonLd.text(a, "articleBody"))
                .map(body -> body.lines().map(String::strip).filter(line -> !line.isEmpty())
                        .map(line -> new Block(line, null)).toList())
                .orElse(List.of());
    }

    private static List<Block> texts(List<TextBlock> blocks) {
        return blocks.stream().map(b -> new Block(b.text(), markup(b.kind()))).toList();
    }

    private static Markup markup(TextBlock.Kind kind) {
        return switch (kind) {
            case HEADING -> Markup.HEADING;
            case PARAGRAPH -> Markup.PARAGRAPH;
            case LIST_ITEM -> Markup.LIST_ITEM;
            case QUOTE -> Markup.QUOTE;
            case PRE -> Markup.PREFORMATTED;
            case CELL -> Markup.CELL;
            case CAPTION -> Markup.CAPTION;
        };
    }

    private static List<Block> longer(List<Block> a, List<Block> b) {
        return length(a) >= length(b) ? a : b;
    }

    private static int length(List<Block> paragraphs) {
        return paragraphs.stream().mapToInt(b -> b.text().length()).sum();
    }

    /** A paragraph of the main text and what its markup says it is, or null where there was none. */
    record Block(String text, Markup markup) {}
}
