package dev.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleLinksTest {

    private final ArticleLinks links = new ArticleLinks(new Linker(Sentences.KNOWLEDGE_BASE));

    @Test
    void shouldLinkAShortFormToTheFullNameInTheSameArticle() {
        List<Span> spans = List.of(person("Kim Jong Un"), person("Kim"), person("Kims"), person("Georgi Sinowjew"), person("Sinowjew"));

        assertEquals(List.of("kim-jong-un", "kim-jong-un", "kim-jong-un", "georgi-sinowjew", "georgi-sinowjew"), ids(spans));
    }

    @Test
    void shouldPreferTheMostMentionedPersonForAnAmbiguousShortForm() {
        List<Span> spans = List.of(person("Kim Yo Jong"), person("Kim Jong-un"), person("Kim Jong Un"), person("Kim"));
        assertEquals("kim-jong-un", ids(spans).get(3));
    }

    @Test
    void shouldNotLinkAShortFormWithoutAFullName() {
        assertEquals(List.of("kim"), ids(List.of(person("Kim"))));
    }

    @Test
    void shouldGiveUnknownDerivedWordsOneIdForAllTheirInflections() {
        List<Span> spans = List.of(derived("mesopotamischen"), derived("mesopotamische"), derived("Itzehoer"), derived("Itzehoern"));
        assertEquals(List.of("mesopotamisch", "mesopotamisch", "itzehoer", "itzehoer"), ids(spans));
    }

    @Test
    void shouldUseTheCanonicalNameTypeAndPointOfAKnownEntity() {
        ArticleLinks.Link link = links.resolve(List.of(new Span(0, 16, "MISC", "nordkoreanischen", Form.DERIVED, null))).get(0);
        assertEquals(new ArticleLinks.Link("nordkorea", "Nordkorea", "LOC", 39.03, 125.75), link);
    }

    private List<String> ids(List<Span> spans) {
        return links.resolve(spans).stream().map(ArticleLinks.Link::id).toList();
    }

    private static Span person(String text) {
        return new Span(0, text.length(), EntityTypes.PER, text);
    }

    private static Span derived(String text) {
        return new Span(0, text.length(), EntityTypes.LOC, text, Form.DERIVED, null);
    }
}
