package dev.newsflow.enrich.entities;

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
 * Tags an article's kept paragraphs: the recogniser finds the mentions, the linker gives each
 * its entity, and the article gets a summary of its entities ordered by mention count.
 */
public final class ArticleTagger implements EntityTagger {

    private final Recogniser recogniser;
    private final Linker linker;

    public ArticleTagger(Recogniser recogniser, Linker linker) {
        this.recogniser = recogniser;
        this.linker = linker;
    }

    @Override
    public EnrichedArticle tag(EnrichedArticle article) {
        List<String> texts = article.paragraphs().stream().map(Paragraph::text).toList();
        List<List<Span>> spans = recogniser.recognise(texts);
        List<Paragraph> tagged = new ArrayList<>(texts.size());
        Map<String, EntityCount> counts = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            List<Mention> mentions = new ArrayList<>();
            for (Span span : spans.get(i)) {
                Mention mention = link(span);
                mentions.add(mention);
                counts.computeIfAbsent(mention.entity(), id -> entityFor(span)).add();
            }
            tagged.add(article.paragraphs().get(i).withMentions(mentions));
        }
        List<Entity> entities = counts.values().stream()
                .map(EntityCount::toEntity)
                .sorted(Comparator.comparingInt(Entity::mentions).reversed().thenComparing(Entity::id))
                .toList();
        return article.withTags(tagged, entities);
    }

    private Mention link(Span span) {
        return new Mention(span.text(), span.start(), span.end(), span.type(), linker.link(span.text()));
    }

    private EntityCount entityFor(Span span) {
        return linker.known(span.text())
                .map(known -> new EntityCount(known.id(), known.name(), known.type()))
                .orElseGet(() -> new EntityCount(Linker.slug(span.text()), span.text(), span.type()));
    }

    private static final class EntityCount {
        private final String id;
        private final String name;
        private final String type;
        private int mentions;

        EntityCount(String id, String name, String type) {
            this.id = id;
            this.name = name;
            this.type = type;
        }

        void add() {
            mentions++;
        }

        Entity toEntity() {
            return new Entity(id, name, type, mentions);
        }
    }
}
