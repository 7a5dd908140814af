package dev.newsflow.enrich.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entities of one article's mentions. Known names link through the knowledge base; a
 * person's short form links to the full name used in the same article ("Kim" after "Kim Jong
 * Un", "Sinowjew" after "Georgi Sinowjew"), to the most mentioned one where several fit; any
 * other mention gets an id of its own made from its text.
 */
final class ArticleLinks {

    private static final Pattern INFLECTED_ADJECTIVE = Pattern.compile("(.*sch)(e|en|er|es|em)");
    private static final Pattern INFLECTED_INHABITANT = Pattern.compile("(.*er)(n|s|in|innen)");

    /** The entity a mention links to: id, canonical name, type, and its point where the knowledge base gives one. */
    record Link(String id, String name, String type, Double lat, Double lon) {

        /** An entity the knowledge base does not know: no point. */
        Link(String id, String name, String type) {
            this(id, name, type, null, null);
        }

        static Link of(KnownEntity known) {
            return new Link(known.id(), known.name(), known.type(), known.lat(), known.lon());
        }
    }

    private final Linker linker;

    ArticleLinks(Linker linker) {
        this.linker = linker;
    }

    /** One link per span, in the order of the spans. */
    List<Link> resolve(List<Span> spans) {
        List<Link> links = new ArrayList<>(spans.size());
        for (Span span : spans) {
            links.add(linker.known(span)
                    .map(Link::of)
                    .orElse(null));
        }
        Map<String, Link> fullNames = fullNamesByPart(spans, links);
        for (int i = 0; i < spans.size(); i++) {
            if (links.get(i) == null) {
                Span span = spans.get(i);
                Link full = isShortPersonName(span) ? shortFormOf(span.text(), fullNames) : null;
                links.set(i, full != null ? full : unknown(span));
            }
        }
        return links;
    }

    /** First and last words of the article's multi-word person names, each with its most mentioned person. */
    private static Map<String, Link> fullNamesByPart(List<Span> spans, List<Link> links) {
        Map<Link, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            if (EntityTypes.PER.equals(span.type()) && !span.derived() && span.text().indexOf(' ') > 0) {
                Link link = links.get(i) != null ? links.get(i)
                        : new Link(Linker.slug(span.text()), span.text(), span.type());
                counts.merge(link, 1, Integer::sum);
            }
        }
        Map<String, Link> byPart = new HashMap<>();
        Map<String, Integer> best = new HashMap<>();
        counts.forEach((link, count) -> {
            String[] words = link.name().split(" ");
            for (String part : new String[] {words[0], words[words.length - 1]}) {
                if (count > best.getOrDefault(part, 0)) {
                    best.put(part, count);
                    byPart.put(part, link);
                }
            }
        });
        return byPart;
    }

    /**
     * An id of its own for a mention nothing knows; a derived word without its inflection, so that
     * "kalifornischen" and "kalifornische", "Itzehoer" and "Itzehoern" share one.
     */
    private static Link unknown(Span span) {
        String name = span.derived() ? uninflected(span.text()) : span.text();
        return new Link(Linker.slug(name), name, span.type());
    }

    private static String uninflected(String word) {
        Matcher adjective = INFLECTED_ADJECTIVE.matcher(word);
        if (adjective.matches()) {
            return adjective.group(1);
        }
        Matcher inhabitant = INFLECTED_INHABITANT.matcher(word);
        return inhabitant.matches() ? inhabitant.group(1) : word;
    }

    private static boolean isShortPersonName(Span span) {
        return EntityTypes.PER.equals(span.type()) && !span.derived() && span.text().indexOf(' ') < 0;
    }

    private static Link shortFormOf(String text, Map<String, Link> fullNames) {
        Link full = fullNames.get(text);
        if (full == null && text.endsWith("s")) {
            full = fullNames.get(text.substring(0, text.length() - 1)); // genitive: "Kims"
        }
        return full;
    }
}
