package dev.newsflow.enrich.entities;

import dev.newsflow.enrich.roles.Role;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Entity;
import dev.newsflow.model.Mention;
import dev.newsflow.model.Paragraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tags an article's kept paragraphs that are news (title, heading, body, caption): the mention
 * finder finds the mentions, the linker gives each its entity, and the article gets a summary of
 * its entities ordered by mention count. A byline, boilerplate, a comment or a teaser is not
 * looked at at all: a commenter's name or another article's subject is not who the news names,
 * and the model's time goes to the article. A paragraph without a role is tagged.
 */
public final class ArticleTagger implements EntityTagger {

    private final MentionFinder finder;
    private final ArticleLinks links;
    private final RecentSpans recent = new RecentSpans(RecentSpans.PARAGRAPHS);

    /** The standard mention finder on this model, with the linker's knowledge base as its gazetteer. */
    public ArticleTagger(Recogniser recogniser, Linker linker) {
        this(MentionFinder.standard(recogniser, linker.knowledgeBase()), linker);
    }

    public ArticleTagger(MentionFinder finder, Linker linker) {
        this.finder = finder;
        this.links = new ArticleLinks(linker);
    }

    @Override
    public EnrichedArticle tag(EnrichedArticle article) {
        List<String> texts = article.paragraphs().stream()
                .filter(p -> Role.isNews(p.role()))
                .map(Paragraph::text).toList();
        List<List<Span>> spans = recent.find(texts, finder::find);
        List<Span> all = spans.stream().flatMap(List::stream).toList();
        List<ArticleLinks.Link> linked = links.resolve(all);

        List<Paragraph> tagged = new ArrayList<>(article.paragraphs().size());
        Map<String, EntityCount> counts = new LinkedHashMap<>();
        int next = 0;
        int newsParagraph = 0;
        for (Paragraph paragraph : article.paragraphs()) {
            List<Mention> mentions = new ArrayList<>();
            for (Span span : Role.isNews(paragraph.role()) ? spans.get(newsParagraph++) : List.<Span>of()) {
                ArticleLinks.Link link = linked.get(next++);
                mentions.add(new Mention(span.text(), span.start(), span.end(), span.type(), link.id(), span.derived()));
                counts.computeIfAbsent(link.id(), id -> new EntityCount(link)).add();
            }
            tagged.add(paragraph.withMentions(mentions));
        }
        List<Entity> entities = counts.values().stream()
                .map(EntityCount::toEntity)
                .sorted(Comparator.comparingInt(Entity::mentions).reversed().thenComparing(Entity::id))
                .toList();
        return article.withTags(tagged, entities);
    }

    private static final class EntityCount {
        private final ArticleLinks.Link link;
        private int mentions;

        EntityCount(ArticleLinks.Link link) {
            this.link = link;
        }

        void add() {
            mentions++;
        }

        Entity toEntity() {
            return new Entity(link.id(), link.name(), link.type(), mentions, link.lat(), link.lon());
        }
    }
}
