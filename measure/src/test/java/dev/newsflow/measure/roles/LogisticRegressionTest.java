package dev.newsflow.measure.roles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

    @Test
    void shouldLearnWhichFeatureTellsTheClassesApart() {
        List<LogisticRegression.Row> rows = new ArrayList<>();
        for (int k = 0; k < 200; k++) {
            int y = k % 2;
            double noise = (k * 7919 % 100) / 100.0;
            rows.add(new LogisticRegression.Row(new double[] {1, y == 1 ? 0.8 + noise / 5 : 0.2 - noise / 5, noise}, y, 1));
        }

        double[] w = LogisticRegression.fit(rows, 0.1);

        assertTrue(w[1] > 5, "the telling feature weighs most: " + w[1]);
        assertTrue(Math.abs(w[2]) < 1, "the noise weighs little: " + w[2]);
        assertTrue(LogisticRegression.sigmoid(LogisticRegression.dot(w, new double[] {1, 0.9, 0.5})) > 0.9);
    }

    @Test
    void shouldGiveTheSameWeightsForTheSameRows() {
        List<LogisticRegression.Row> rows = List.of(
                new LogisticRegression.Row(new double[] {1, 1}, 1, 2),
                new LogisticRegression.Row(new double[] {1, 0}, 0, 1),
                new LogisticRegression.Row(new double[] {1, 1}, 0, 1));

        assertArrayEquals(LogisticRegression.fit(rows, 1), LogisticRegression.fit(rows, 1));
    }
}
