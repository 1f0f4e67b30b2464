package dev.ednag.core.evolution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Spec §5.3.1. */
class DiversityScoreTest {

    @Test
    void summedDistancesScaledToTheUnitInterval() {
        // 1-D points 0, 1, 3: sums 4, 3, 5.
        assertArrayEquals(new double[] {0.5, 0.0, 1.0}, DiversityScore.compute(new double[] {0, 1, 3}, 3, 1), 1e-15);
        // 2-D: (0,0), (3,4), (0,8): distances 5, 8, 5 → sums 13, 10, 13.
        assertArrayEquals(new double[] {1, 0, 1},
                DiversityScore.compute(new double[] {0, 0, 3, 4, 0, 8}, 3, 2), 1e-15);
    }

    @Test
    void equalSumsGiveZerosInsteadOfNaN() {
        assertArrayEquals(new double[3], DiversityScore.compute(new double[] {1, 2, 1, 2, 1, 2}, 3, 2), 0.0);
        assertArrayEquals(new double[] {0, 0}, DiversityScore.compute(new double[] {0, 5}, 2, 1), 0.0);
    }

    @Test
    void matchesTheNaiveDoubleLoopExactly() {
        SplittableRandom rnd = new SplittableRandom(8);
        int n = 60;
        int dim = 56;
        double[] x = RowNormalizationTest.gaussian(rnd, n * dim, 1.0);
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                double d2 = 0;
                for (int d = 0; d < dim; d++) {
                    double diff = x[i * dim + d] - x[k * dim + d];
                    d2 += diff * diff;
                }
                s[i] += Math.sqrt(d2);
            }
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : s) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        for (int i = 0; i < n; i++) {
            s[i] = (s[i] - min) / (max - min);
        }
        assertArrayEquals(s, DiversityScore.compute(x, n, dim), 0.0);
    }
}
