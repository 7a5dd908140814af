package dev.newsflow.enrich.entities;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The inflected forms of inhabitants' names, so that the knowledge base lists each word once:
 * "Nordkoreaner" → Nordkoreanern, Nordkoreaners, Nordkoreanerin, Nordkoreanerinnen; "Russe" →
 * Russen; "Russin" → Russinnen; "Israeli" → Israelis. A city without listed inhabitants gets its
 * "-er" word ("Berlin" → Berliner, "Bremen" → Bremer), the form German uses for both the
 * inhabitants and the adjective.
 */
final class InhabitantForms {

    private InhabitantForms() {}

    static Set<String> of(KnownEntity entity) {
        Set<String> forms = new LinkedHashSet<>();
        for (String word : entity.inhabitants()) {
            addInflected(word, forms);
        }
        if (entity.inhabitants().isEmpty() && entity.adjectives().isEmpty() && isSingleWordPlace(entity)) {
            String name = entity.name();
            addInflected(name + "er", forms);
            if (name.endsWith("en")) {
                addInflected(name.substring(0, name.length() - 2) + "er", forms);
            }
        }
        return forms;
    }

    private static boolean isSingleWordPlace(KnownEntity entity) {
        return EntityTypes.LOC.equals(entity.type()) && entity.name().indexOf(' ') < 0 && entity.name().indexOf('-') < 0;
    }

    private static void addInflected(String word, Set<String> forms) {
        forms.add(word);
        if (word.endsWith("er")) {
            forms.add(word + "n");
            forms.add(word + "s");
            forms.add(word + "in");
            forms.add(word + "innen");
        } else if (word.endsWith("in")) {
            forms.add(word + "nen");
        } else if (word.endsWith("e")) {
            forms.add(word + "n");
        } else if (word.endsWith("i")) {
            forms.add(word + "s");
        }
    }
}
