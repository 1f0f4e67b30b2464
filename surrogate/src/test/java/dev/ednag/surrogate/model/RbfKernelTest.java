package dev.ednag.surrogate.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RbfKernelTest {

    @Test
    void decaysWithSquaredDistanceOnTheLengthScale() {
        RbfKernel kernel = new RbfKernel(2.0, 3.0);
        assertEquals(2.0, kernel.value(0));
        assertEquals(2.0 * Math.exp(-0.5), kernel.value(9.0), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> new RbfKernel(1.0, 0.0));
        assertThrows(IllegalArgumentException.class, () -> new RbfKernel(Double.NaN, 1.0));
    }

    @Test
    void pairwiseSquaredDistancesAreSymmetricAndExactForEqualRows() {
        double[] rows = {0, 0, 3, 4, 0, 0};
        assertArrayEquals(new double[] {0, 25, 0, 25, 0, 25, 0, 25, 0}, RbfKernel.squaredDistances(rows, 3, 2));
    }

    @Test
    void medianDistanceLeavesOutDuplicatePairs() {
        // Rows 0, 0, 1, 3 on a line: distinct pairs are 1, 1, 3, 3, 2 (the 0–0 pair is left out).
        double[] sq = RbfKernel.squaredDistances(new double[] {0, 0, 1, 3}, 4, 1);
        assertEquals(2.0, RbfKernel.medianDistance(sq, 4));
        // An even count averages the middle two: rows 0, 1, 3, 7 give 1, 2, 3, 4, 6, 7.
        assertEquals(3.5, RbfKernel.medianDistance(RbfKernel.squaredDistances(new double[] {0, 1, 3, 7}, 4, 1), 4));
        assertEquals(1.0, RbfKernel.medianDistance(RbfKernel.squaredDistances(new double[] {5, 5, 5}, 3, 1), 3));
        assertEquals(1.0, RbfKernel.medianDistance(new double[1], 1));
    }
}
