package dev.newsflow.enrich.entities.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsflow.enrich.entities.Form;
import dev.newsflow.enrich.entities.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerEvaluationTest {

    @Test
    void shouldTurnOffsetsBackIntoTokensAndFormsIntoGermEvalClasses() {
        // "Die nordkoreanischen Soldaten von Kim Jong Un"
        List<String> tokens = List.of("Die", "nordkoreanischen", "Soldaten", "von", "Kim", "Jong", "Un");
        List<Span> spans = List.of(new Span(4, 20, "LOC", "nordkoreanischen", Form.DERIVED, null),
                new Span(34, 45, "PER", "Kim Jong Un"), new Span(21, 29, "MISC", "Soldaten", Form.PART, null));

        assertEquals(List.of(new GoldSpan(1, 2, "LOCderiv"), new GoldSpan(4, 7, "PER"), new GoldSpan(2, 3, "OTHpart")),
                NerEvaluation.toTokenSpans(spans, tokens));
    }
}
