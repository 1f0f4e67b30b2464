package dev.ednag.continuous.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The entropy of grid occupancy, and the grid's half-to-even snapping. */
class GridEntropyTest {

    @Test
    void sixtyFourDistinctCellsGiveSixBits() {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            points.add(new double[] {0.1 * (i % 8), -0.1 * (i / 8)});
        }
        assertEquals(6, GridEntropy.of(points), 1e-12);
    }

    @Test
    void oneSharedCellGivesZero() {
        List<double[]> points = List.of(new double[] {1.01, 2}, new double[] {0.97, 1.96}, new double[] {1.04, 2.04});
        assertEquals(0.0, GridEntropy.of(points));
    }

    @Test
    void twoEqualHalvesGiveOneBit() {
        List<double[]> points = List.of(new double[] {-1, -1}, new double[] {-1, -1}, new double[] {1, 1},
                new double[] {1.02, 0.98});
        assertEquals(1, GridEntropy.of(points), 1e-12);
    }

    @Test
    void unevenOccupancyFollowsShannon() {
        List<double[]> points = List.of(new double[] {0}, new double[] {0}, new double[] {0}, new double[] {1});
        double expected = -(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25)) / Math.log(2);
        assertEquals(expected, GridEntropy.of(points), 1e-12);
    }

    @Test
    void halvesSnapToTheEvenCell() {
        // 10·0.25 = 2.5 snaps to 2 (with 0.2), and 10·0.75 = 7.5 to 8 (with 0.8)
        assertEquals(0.0, GridEntropy.of(List.of(new double[] {0.25}, new double[] {0.2})));
        assertEquals(1, GridEntropy.of(List.of(new double[] {0.25}, new double[] {0.3})), 1e-12);
        assertEquals(0.0, GridEntropy.of(List.of(new double[] {0.75}, new double[] {0.8})));
        assertEquals(List.of(-2L, 0L), GridEntropy.cell(new double[] {-0.25, -0.04}));
    }

    @Test
    void refusesAnEmptySet() {
        assertThrows(IllegalArgumentException.class, () -> GridEntropy.of(List.of()));
    }
}
