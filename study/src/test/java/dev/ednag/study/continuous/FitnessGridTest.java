package dev.ednag.study.continuous;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FitnessGridTest {

    @Test
    void evaluatesEveryNodeInOneBatchCallWithTheEdgesIncluded() {
        List<double[]> seen = new ArrayList<>();
        FitnessGrid grid = FitnessGrid.evaluate(points -> {
            seen.addAll(List.of(points));
            double[] v = new double[points.length];
            for (int i = 0; i < points.length; i++) {
                v[i] = points[i][0] + 10 * points[i][1];
            }
            return v;
        }, 2, 5);
        assertEquals(25, seen.size());
        assertEquals(5, grid.resolution());
        assertEquals(2, grid.limit());
        // Node (column 0, row 0) is (−2, −2); (4, 4) is (2, 2); (4, 0) is (2, −2).
        assertEquals(-22, grid.value(0, 0), 1e-12);
        assertEquals(22, grid.value(4, 4), 1e-12);
        assertEquals(-18, grid.value(4, 0), 1e-12);
        assertEquals(-21, grid.value(1, 0), 1e-12);
        assertEquals(-22, grid.min(), 1e-12);
        assertEquals(22, grid.max(), 1e-12);
        assertEquals(0.5, grid.normalise(0), 1e-12);
    }

    @Test
    void theDefaultGridIsOneCall() {
        Himmelblau counting = Himmelblau.counting();
        FitnessGrid.evaluate(counting.fitness(), Himmelblau.LIMIT);
        assertEquals(1, counting.calls.get());
        assertEquals(FitnessGrid.DEFAULT_RESOLUTION * FitnessGrid.DEFAULT_RESOLUTION, counting.points.get());
    }

    @Test
    void rejectsBadLimitsResolutionsAndShortAnswers() {
        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> FitnessGrid.evaluate(p -> new double[p.length], bad, 4));
            assertTrue(e.getMessage().contains("plot limit"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> FitnessGrid.evaluate(p -> new double[p.length], 1, 1));
        assertThrows(IllegalStateException.class, () -> FitnessGrid.evaluate(p -> new double[3], 1, 4));
    }

    @Test
    void nonFiniteValuesAreLeftOutOfTheRange() {
        FitnessGrid grid = FitnessGrid.evaluate(p -> new double[] {1, Double.NaN, 3, Double.POSITIVE_INFINITY}, 1, 2);
        assertEquals(1, grid.min());
        assertEquals(3, grid.max());
        assertTrue(Double.isNaN(grid.normalise(Double.NaN)));
    }
}
