package dev.newsflow.enrich.entities;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Links a mention to its canonical entity id. A mention the knowledge base does not know gets
 * an id made from its normalised text, so that two articles naming the same unknown entity
 * share it. Within an article, {@link ArticleLinks} also resolves short forms.
 */
public final class Linker {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    private final KnowledgeBase knowledgeBase;

    public Linker(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    public KnowledgeBase knowledgeBase() {
        return knowledgeBase;
    }

    public Optional<KnownEntity> known(String mention) {
        return knowledgeBase.lookup(mention);
    }

    /**
     * The entity recognition already found for the span, or the one its text names. Only a place
     * or MISC mention may be an inhabitants' word or adjective: "Bayer" typed ORG is the company,
     * not a Bavarian.
     */
    public Optional<KnownEntity> known(Span span) {
        if (span.entity() != null) {
            return Optional.of(span.entity());
        }
        boolean mayBeDerived = span.derived() || EntityTypes.LOC.equals(span.type()) || EntityTypes.MISC.equals(span.type());
        Optional<KnownEntity> known = mayBeDerived ? known(span.text()) : knowledgeBase.named(span.text());
        return known.isPresent() || !EntityTypes.LOC.equals(span.type()) ? known : placeOfCompound(span.text());
    }

    /** "Berlin-Mitte" is in Berlin, "Nordkorea-Soldaten" are North Korea's: a hyphenated place links to its first part. */
    private Optional<KnownEntity> placeOfCompound(String text) {
        int hyphen = text.indexOf('-');
        if (hyphen <= 0 || text.indexOf(' ') >= 0) {
            return Optional.empty();
        }
        return knowledgeBase.named(text.substring(0, hyphen)).filter(e -> EntityTypes.LOC.equals(e.type()));
    }

    public String link(String mention) {
        return known(mention).map(KnownEntity::id).orElseGet(() -> slug(mention));
    }

    /** "Kyiv Independent" → "kyiv-independent", "Münster" → "muenster". */
    static String slug(String text) {
        String folded = KnowledgeBase.key(text)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        String ascii = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
        String slug = NOT_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
        int from = slug.startsWith("-") ? 1 : 0;
        int to = slug.endsWith("-") && slug.length() > from ? slug.length() - 1 : slug.length();
        slug = slug.substring(from, Math.max(from, to));
        return slug.isEmpty() ? "x-" + Integer.toHexString(text.hashCode()) : slug;
    }
}
