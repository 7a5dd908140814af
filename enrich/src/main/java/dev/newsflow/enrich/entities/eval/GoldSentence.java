package dev.newsflow.enrich.entities.eval;

import java.util.List;

/** A sentence of an annotated corpus: its tokens and its outer entity spans. */
public record GoldSentence(List<String> tokens, List<GoldSpan> spans) {

    public GoldSentence {
        tokens = List.copyOf(tokens);
        spans = List.copyOf(spans);
    }
}
