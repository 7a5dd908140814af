package dev.newsflow.enrich.entities.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassScoresTest {

    private static final List<GoldSpan> GOLD = List.of(
            new GoldSpan(0, 2, "PER"), new GoldSpan(3, 4, "LOCderiv"), new GoldSpan(5, 6, "LOC"));

    @Test
    void shouldCountAPredictionOnADerivedSpanAsAnErrorInTheCoarseView() {
        ClassScores coarse = new ClassScores(NerClasses.COARSE);
        coarse.add(GOLD, List.of(new GoldSpan(0, 2, "PER"), new GoldSpan(3, 4, "OTH"), new GoldSpan(5, 6, "LOC")));

        assertEquals(new ClassScores.Score(2, 3, 2), coarse.overall());
        assertEquals(new ClassScores.Score(0, 1, 0), coarse.of("OTH"));
    }

    @Test
    void shouldLeaveADerivedPredictionOutOfTheCoarseViewAndScoreItInTheOfficialOne() {
        List<GoldSpan> predicted = List.of(new GoldSpan(0, 2, "PER"), new GoldSpan(3, 4, "LOCderiv"));
        ClassScores coarse = new ClassScores(NerClasses.COARSE);
        ClassScores official = new ClassScores(NerClasses.OFFICIAL);
        coarse.add(GOLD, predicted);
        official.add(GOLD, predicted);

        assertEquals(new ClassScores.Score(2, 1, 1), coarse.overall());
        assertEquals(new ClassScores.Score(3, 2, 2), official.overall());
        assertEquals(1.0, official.overall().precision());
        assertEquals(2.0 / 3, official.overall().recall(), 1e-9);
        assertEquals(0.8, official.overall().f1(), 1e-9);
    }

    @Test
    void shouldCountOnlyExactMatches() {
        ClassScores coarse = new ClassScores(NerClasses.COARSE);
        coarse.add(GOLD, List.of(new GoldSpan(0, 1, "PER"), new GoldSpan(5, 6, "ORG")));

        assertEquals(new ClassScores.Score(2, 2, 0), coarse.overall());
        assertEquals(0.0, coarse.overall().f1());
    }
}
