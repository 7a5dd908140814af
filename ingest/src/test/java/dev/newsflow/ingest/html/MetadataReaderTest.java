package dev.newsflow.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MetadataReaderTest {

    private static PageMetadata read(String html) {
        Document page = Jsoup.parse(html);
        return MetadataReader.read(page, JsonLd.article(page));
    }

    @Test
    void shouldDropTheSiteNameFromTheTitle() {
        assertEquals("Neue Brücke eröffnet", read("<title>Neue Brücke eröffnet | Tagesblatt</title>"
                + "<meta property=og:site_name content=Tagesblatt>").title());
        assertEquals("Neue Brücke eröffnet", read("<title>Tagesblatt - Neue Brücke eröffnet</title>"
                + "<meta property=og:site_name content=Tagesblatt>").title());
        assertEquals("Neue Brücke eröffnet", read("<title>Neue Brücke eröffnet – tagesblatt.de</title>"
                + "<body><h1>Neue Brücke eröffnet</h1>").title());
        assertEquals("Bahn: Streik beendet", read("<title>Bahn: Streik beendet</title>").title());
    }

    @Test
    void shouldPreferOpenGraphThenJsonLdThenH1ThenTitle() {
        assertEquals("OG", read("<meta property=og:title content=OG><title>T</title><h1>H</h1>").title());
        assertEquals("LD", read("<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":\"LD\"}</script>"
                + "<title>T</title><h1>H</h1>").title());
        assertEquals("H", read("<title>T</title><h1>H</h1>").title());
        assertEquals("T", read("<title>T</title>").title());
        assertNull(read("<p>x").title());
    }

    @Test
    void shouldReadThePublicationTimeFromMetaJsonLdOrTimeElements() {
        assertEquals(Instant.parse("2024-03-01T09:00:00Z"),
                read("<meta property=article:published_time content=2024-03-01T10:00:00+01:00>").publishedAt());
        assertEquals(Instant.parse("2024-03-01T09:00:00Z"), read("<script type=application/ld+json>"
                + "[{\"@type\":\"WebPage\"},{\"@graph\":[{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-03-01T09:00:00Z\"}]}]"
                + "</script>").publishedAt());
        assertEquals(Instant.parse("2024-03-01T00:00:00Z"),
                read("<article><time datetime=2024-03-01>1. März</time></article>").publishedAt());
        assertNull(read("<meta property=article:published_time content=gestern>").publishedAt());
    }

    @Test
    void shouldParseTheDatesPagesWrite() {
        assertEquals(Optional.of(Instant.parse("2024-03-01T09:00:00Z")), MetadataReader.parseDate("2024-03-01T10:00:00+0100"));
        assertEquals(Optional.of(Instant.parse("2024-03-01T09:00:00Z")), MetadataReader.parseDate("2024-03-01 09:00:00"));
        assertEquals(Optional.of(Instant.parse("2024-03-01T09:00:00.5Z")), MetadataReader.parseDate("2024-03-01T09:00:00.500Z"));
        assertEquals(Optional.empty(), MetadataReader.parseDate("01.03.2024"));
    }

    @Test
    void shouldReadTheAuthorAndTheCanonicalUrl() {
        PageMetadata metadata = read("<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"author\":"
                + "[{\"@type\":\"Person\",\"name\":\"Eva Muster\"},{\"@type\":\"Person\",\"name\":\"Max Muster\"}]}</script>"
                + "<link rel=canonical href=https://example.org/a/1.html><meta property=og:url content=https://example.org/og>");

        assertEquals("Eva Muster, Max Muster", metadata.author());
        assertEquals("https://example.org/a/1.html", metadata.canonicalUrl());
        assertEquals("https://example.org/og", read("<meta property=og:url content=https://example.org/og>").canonicalUrl());
        assertNull(read("<link rel=canonical href=/relative>").canonicalUrl(), "a relative URL with no base says nothing");
    }
}
