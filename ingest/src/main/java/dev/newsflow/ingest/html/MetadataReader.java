package dev.newsflow.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's {@link PageMetadata}: from Open Graph and other {@code <meta>} tags, the
 * schema.org article in JSON-LD, and the markup ({@code <h1>}, {@code <title>}, {@code <time>},
 * {@code rel=author}, {@code rel=canonical}), in that order of trust.
 */
final class MetadataReader {

    /** What separates a title from the site's name: "Headline | Site", "Site - Headline". */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+([|\\-–—·•»«]|::|//)\\s+");
    private static final Pattern DATE_PREFIX = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?"
            + "(Z|[+-]\\d{2}:?\\d{2})?");
    private static final int MAX_NAME_LENGTH = 120;

    private MetadataReader() {}

    static PageMetadata read(Document page, Optional<JsonNode> article) {
        return new PageMetadata(title(page, article), publishedAt(page, article), author(page, article), canonicalUrl(page));
    }

    // ---- title

    static String title(Document page, Optional<JsonNode> article) {
        String siteName = meta(page, "og:site_name").or(() -> meta(page, "application-name")).orElse(null);
        Optional<String> h1 = page.select("h1").stream().map(Element::text).map(MetadataReader::clean)
                .filter(t -> !t.isEmpty()).findFirst();
        Optional<String> candidate = meta(page, "og:title")
                .or(() -> meta(page, "twitter:title"))
                .or(() -> article.flatMap(a -> JsonLd.text(a, "headline")))
                .or(() -> h1)
                .or(() -> Optional.of(clean(page.title())).filter(t -> !t.isEmpty()));
        String host = hostOf(canonicalUrl(page));
        return candidate.map(title -> withoutSiteName(title, siteName, host, h1.orElse(null))).orElse(null);
    }

    /**
     * "Headline | Site", "Site – Headline" to "Headline": where the page's {@code <h1>} is one of
     * the parts, that part; else without the part that is the site's name or host; else, after a
     * vertical bar, without a last part of a few words that is shorter than the rest.
     */
    static String withoutSiteName(String title, String siteName, String host, String h1) {
        List<int[]> parts = new ArrayList<>();
        List<String> separators = new ArrayList<>();
        Matcher m = TITLE_SEPARATOR.matcher(title);
        int start = 0;
        while (m.find()) {
            parts.add(new int[] {start, m.start()});
            separators.add(m.group().strip());
            start = m.end();
        }
        parts.add(new int[] {start, title.length()});
        if (parts.size() < 2) {
            return title;
        }
        List<String> texts = parts.stream().map(p -> title.substring(p[0], p[1]).strip()).toList();
        if (h1 != null) {
            for (String part : texts) {
                if (part.equalsIgnoreCase(h1)) {
                    return part;
                }
            }
        }
        int last = texts.size() - 1;
        if (isSite(texts.get(last), siteName, host)) {
            return title.substring(0, parts.get(last - 1)[1]).strip();
        }
        if (isSite(texts.get(0), siteName, host)) {
            return title.substring(parts.get(1)[0]).strip();
        }
        String end = texts.get(last);
        if (separators.get(last - 1).equals("|") && end.split(" ").length <= 4
                && end.length() < title.substring(0, parts.get(last - 1)[1]).strip().length()) {
            return title.substring(0, parts.get(last - 1)[1]).strip();
        }
        return title;
    }

    private static boolean isSite(String part, String siteName, String host) {
        String p = simplified(part);
        if (p.isEmpty()) {
            return false;
        }
        if (siteName != null && !siteName.isBlank()) {
            String site = simplified(siteName);
            if (p.equals(site) || site.startsWith(p) && p.length() > 3 || p.startsWith(site) && p.length() < site.length() + 12) {
                return true;
            }
        }
        return host != null && (p.equals(host) || p.replace(" ", "").equals(host.replace("-", "")));
    }

    /** Lower case, without "www." and a top-level domain: "Tagesblatt.de" and "tagesblatt" are one name. */
    private static String simplified(String name) {
        return name.toLowerCase(Locale.ROOT).strip().replaceFirst("^www\\.", "").replaceFirst("\\.[a-z]{2,6}$", "");
    }

    /** The canonical URL's host as {@link #simplified} names it, or null. */
    private static String hostOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = java.net.URI.create(url).getHost();
            return host == null ? null : simplified(host);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // ---- published

    static Instant publishedAt(Document page, Optional<JsonNode> article) {
        return Stream.<Optional<String>>of(
                        meta(page, "article:published_time"),
                        article.flatMap(a -> JsonLd.text(a, "datePublished")),
                        metaItemprop(page, "datePublished"),
                        meta(page, "og:published_time"),
                        meta(page, "date"), meta(page, "pubdate"), meta(page, "publishdate"), meta(page, "publish-date"),
                        meta(page, "dc.date.issued"), meta(page, "dcterms.date"), meta(page, "dc.date"),
                        meta(page, "parsely-pub-date"), meta(page, "sailthru.date"),
                        timeElement(page))
                .map(value -> value.flatMap(MetadataReader::parseDate))
                .flatMap(Optional::stream)
                .findFirst().orElse(null);
    }

    private static Optional<String> timeElement(Document page) {
        Element time = page.selectFirst("time[itemprop=datePublished][datetime], time[pubdate][datetime], "
                + "article time[datetime], main time[datetime], time[datetime]");
        return Optional.ofNullable(time).map(t -> t.attr("datetime"));
    }

    /**
     * An ISO-8601 date as pages write it: an instant, a date-time with or without an offset (without
     * one, taken as UTC), or a date alone (its start, UTC); anything else is no date.
     */
    static Optional<Instant> parseDate(String value) {
        Matcher m = DATE_PREFIX.matcher(value.strip());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String iso = m.group().replace(' ', 'T');
        // "+0200" to "+02:00"
        iso = iso.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2");
        try {
            if (m.group(4) != null) {
                return Optional.of(OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
            }
            if (m.group(1) != null) {
                return Optional.of(LocalDateTime.parse(iso, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC));
            }
            return Optional.of(LocalDate.parse(iso).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(ZonedDateTime.parse(iso).toInstant());
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    // ---- author

    static String author(Document page, Optional<JsonNode> article) {
        return Stream.<Optional<String>>of(
                        article.map(a -> JsonLd.names(a, "author")).filter(names -> !names.isEmpty())
                                .map(names -> String.join(", ", names)),
                        meta(page, "author"),
                        meta(page, "article:author").filter(a -> !a.startsWith("http")),
                        meta(page, "dc.creator"), meta(page, "parsely-author"), meta(page, "sailthru.author"),
                        Optional.ofNullable(page.selectFirst("[itemprop=author] [itemprop=name], [itemprop=author], a[rel=author], .byline .author"))
                                .map(Element::text))
                .flatMap(Optional::stream)
                .map(MetadataReader::clean)
                .filter(name -> !name.isEmpty() && name.length() <= MAX_NAME_LENGTH && !name.startsWith("http"))
                .findFirst().orElse(null);
    }

    // ---- canonical URL

    static String canonicalUrl(Document page) {
        return Stream.of(
                        Optional.ofNullable(page.selectFirst("link[rel~=(?i)^canonical$][href]")).map(l -> l.absUrl("href").isEmpty() ? l.attr("href") : l.absUrl("href")),
                        meta(page, "og:url"))
                .flatMap(Optional::stream)
                .map(String::strip)
                .filter(url -> url.startsWith("http://") || url.startsWith("https://"))
                .findFirst().orElse(null);
    }

    // ---- helpers

    /** The content of {@code <meta property=NAME>} or {@code <meta name=NAME>}, case-insensitive. */
    static Optional<String> meta(Document page, String name) {
        for (Element meta : page.getElementsByTag("meta")) {
            String key = meta.hasAttr("property") ? meta.attr("property") : meta.attr("name");
            if (key.equalsIgnoreCase(name) && !meta.attr("content").isBlank()) {
                return Optional.of(clean(meta.attr("content")));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> metaItemprop(Document page, String name) {
        Element meta = page.selectFirst("meta[itemprop=" + name + "][content]");
        return Optional.ofNullable(meta).map(m -> m.attr("content"));
    }

    /** White space collapsed, no-break spaces included. */
    static String clean(String text) {
        return text.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip();
    }
}
