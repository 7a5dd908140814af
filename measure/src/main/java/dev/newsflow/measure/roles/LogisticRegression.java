package dev.newsflow.measure.roles;

import java.util.List;

/**
 * Weighted logistic regression with an L2 penalty, fitted by Newton's method (iteratively
 * reweighted least squares): a few dozen features and a few thousand rows converge in about ten
 * steps, and the same rows give the same weights every time.
 */
final class LogisticRegression {

    private static final int MAX_STEPS = 50;
    private static final double TOLERANCE = 1e-8;

    /** One training row: features, label (1 or 0) and weight. */
    record Row(double[] x, int y, double weight) {}

    private LogisticRegression() {}

    /** The weights minimising the weighted log loss plus {@code l2} times half the squared weights. */
    static double[] fit(List<Row> rows, double l2) {
        int d = rows.get(0).x().length;
        double[] w = new double[d];
        for (int step = 0; step < MAX_STEPS; step++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (Row row : rows) {
                double p = sigmoid(dot(w, row.x()));
                double g = row.weight() * (p - row.y());
                double h = row.weight() * p * (1 - p);
                double[] x = row.x();
                for (int a = 0; a < d; a++) {
                    if (x[a] == 0) {
                        continue;
                    }
                    gradient[a] += g * x[a];
                    double hx = h * x[a];
                    for (int b = 0; b <= a; b++) {
                        hessian[a][b] += hx * x[b];
                    }
                }
            }
            for (int a = 0; a < d; a++) {
                gradient[a] += l2 * w[a];
                hessian[a][a] += l2;
                for (int b = 0; b < a; b++) {
                    hessian[b][a] = hessian[a][b];
                }
            }
            double[] delta = solve(hessian, gradient);
            double change = 0;
            for (int a = 0; a < d; a++) {
                w[a] -= delta[a];
                change = Math.max(change, Math.abs(delta[a]));
            }
            if (change < TOLERANCE) {
                break;
            }
        }
        return w;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    static double dot(double[] w, double[] x) {
        double sum = 0;
        for (int k = 0; k < w.length; k++) {
            sum += w[k] * x[k];
        }
        return sum;
    }

    /** Solves {@code a x = b} for a symmetric positive definite {@code a} (Cholesky). */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                l[i][j] = i == j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / l[j][j];
            }
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = b[i];
            for (int k = 0; k < i; k++) {
                sum -= l[i][k] * y[k];
            }
            y[i] = sum / l[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = y[i];
            for (int k = i + 1; k < n; k++) {
                sum -= l[k][i] * x[k];
            }
            x[i] = sum / l[i][i];
        }
        return x;
    }
}
