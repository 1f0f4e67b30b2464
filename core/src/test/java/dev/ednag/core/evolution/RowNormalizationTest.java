package dev.ednag.core.evolution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Spec §2.3 and the ROWNORM property of §10.2. */
class RowNormalizationTest {

    @Test
    void everyRowSpansExactlyMinusOneToOne() {
        SplittableRandom rnd = new SplittableRandom(3);
        int count = 200;
        int dim = 56;
        double[] x = gaussian(rnd, count * dim, 4.0);
        assertEquals(0, RowNormalization.apply(x, count, dim, RowRange.MINUS_ONE_TO_ONE));
        for (int i = 0; i < count; i++) {
            assertEquals(-1.0, min(x, i * dim, dim));
            assertEquals(1.0, max(x, i * dim, dim));
        }
    }

    @Test
    void everyRowSpansExactlyZeroToOne() {
        SplittableRandom rnd = new SplittableRandom(4);
        int count = 200;
        int dim = 56;
        double[] x = gaussian(rnd, count * dim, 0.01);
        assertEquals(0, RowNormalization.apply(x, count, dim, RowRange.ZERO_TO_ONE));
        for (int i = 0; i < count; i++) {
            assertEquals(0.0, min(x, i * dim, dim));
            assertEquals(1.0, max(x, i * dim, dim));
        }
    }

    @Test
    void rescalesPerGenomeNotPerNodeRow() {
        double[] x = {2, 4, 6, 10, -1, 1, 0, 3};
        RowNormalization.apply(x, 2, 4, RowRange.MINUS_ONE_TO_ONE);
        assertArrayEquals(new double[] {-1, -0.5, 0, 1, -1, 0, -0.5, 1}, x, 1e-15);
    }

    @Test
    void constantGenomeIsLeftAloneAndCounted() {
        double[] x = {3, 3, 3, 0, 1, 2, 7, 7, 7};
        assertEquals(2, RowNormalization.apply(x, 3, 3, RowRange.ZERO_TO_ONE));
        assertArrayEquals(new double[] {3, 3, 3, 0, 0.5, 1, 7, 7, 7}, x, 0.0);
        assertFalse(RowNormalization.normalizeRow(x, 6, 3, RowRange.MINUS_ONE_TO_ONE));
    }

    static double[] gaussian(SplittableRandom rnd, int n, double scale) {
        double[] x = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = rnd.nextGaussian() * scale;
        }
        return x;
    }

    private static double min(double[] x, int off, int dim) {
        double m = Double.POSITIVE_INFINITY;
        for (int k = off; k < off + dim; k++) {
            m = Math.min(m, x[k]);
        }
        return m;
    }

    private static double max(double[] x, int off, int dim) {
        double m = Double.NEGATIVE_INFINITY;
        for (int k = off; k < off + dim; k++) {
            m = Math.max(m, x[k]);
        }
        return m;
    }
}
