package dev.newsflow.enrich.entities;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Links a mention to its canonical entity id. A mention the knowledge base does not know gets
 * an id made from its normalised text, so that two articles naming the same unknown entity
 * share it.
 */
public final class Linker {

    private final KnowledgeBase knowledgeBase;

    public Linker(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    public Optional<KnownEntity> known(String mention) {
        return knowledgeBase.lookup(mention);
    }

    public String link(String mention) {
        return known(mention).map(KnownEntity::id).orElseGet(() -> slug(mention));
    }

    /** "Kyiv Independent" → "kyiv-independent", "Münster" → "muenster". */
    static String slug(String text) {
        String folded = KnowledgeBase.key(text)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        String ascii = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "x-" + Integer.toHexString(text.hashCode()) : slug;
    }
}
