package dev.newsflow.enrich.entities;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The mentions found in the paragraphs tagged last, by paragraph text, so that a revised article
 * is not run through the model again: a revision only ever takes paragraphs away from an
 * article, so every paragraph it keeps was tagged before. When a whole corpus is fed at once,
 * a third of the articles are revised (benchmark, 20,000 articles).
 *
 * <p>Sound because the model labels sentence by sentence and a paragraph always ends a
 * sentence: a paragraph's mentions do not depend on the paragraphs around it. Linking, which
 * does look across the article, runs on every tagging.
 */
final class RecentSpans {

    /** About the paragraphs of the last 2,000 articles: tens of MB, never more. */
    static final int PARAGRAPHS = 64 * 1024;

    private final Map<String, List<Span>> byText;

    RecentSpans(int paragraphs) {
        byText = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<Span>> eldest) {
                return size() > paragraphs;
            }
        });
    }

    /** The spans of each paragraph: remembered ones as they were, the others found by {@code finder} in one call. */
    List<List<Span>> find(List<String> paragraphs, Function<List<String>, List<List<Span>>> finder) {
        List<List<Span>> spans = new ArrayList<>(paragraphs.size());
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            List<Span> known = byText.get(paragraphs.get(i));
            spans.add(known);
            if (known == null) {
                missing.add(i);
            }
        }
        if (!missing.isEmpty()) {
            List<List<Span>> found = finder.apply(missing.stream().map(paragraphs::get).toList());
            for (int m = 0; m < missing.size(); m++) {
                int i = missing.get(m);
                List<Span> paragraphSpans = List.copyOf(found.get(m));
                spans.set(i, paragraphSpans);
                byText.put(paragraphs.get(i), paragraphSpans);
            }
        }
        return spans;
    }
}
