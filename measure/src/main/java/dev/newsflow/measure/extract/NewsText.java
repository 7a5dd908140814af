package dev.newsflow.measure.extract;

import dev.newsflow.enrich.ArticleRoles;
import dev.newsflow.enrich.Segmenter;
import dev.newsflow.ingest.html.WebPage;
import dev.newsflow.ingest.html.WebPageExtractor;
import java.util.ArrayList;
import java.util.List;

/**
 * A web page as enrich leaves it: the extractor's main text, cut into paragraphs by the
 * segmenter, each given its role as the gather gives it ({@link ArticleRoles}), and only the news
 * paragraphs (title, heading, body, caption) kept: the text whose entities are counted.
 */
public final class NewsText implements PageExtractor {

    private final boolean withMarkup;

    /**
     * @param withMarkup whether the roles may use what the markup says of each paragraph; without
     *     it, as the topology classifies an HTML article until its body carries the markup
     */
    public NewsText(boolean withMarkup) {
        this.withMarkup = withMarkup;
    }

    @Override
    public String extract(byte[] bytes, String url) throws Exception {
        WebPage page = WebPageExtractor.extract(bytes, null);
        String text = page.text();
        List<String> paragraphs = Segmenter.segment(text);
        ArticleRoles roles = ArticleRoles.of(paragraphs, "text/html", page.metadata().title(),
                withMarkup ? ArticleRoles.markupOf(text, page.markupLabels()) : null);
        List<String> news = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (roles.roles().get(i).isNews()) {
                news.add(paragraphs.get(i));
            }
        }
        return String.join("\n\n", news);
    }
}
