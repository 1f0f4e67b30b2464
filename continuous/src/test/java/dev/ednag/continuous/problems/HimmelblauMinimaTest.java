package dev.ednag.continuous.problems;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Himmelblau's four refined minima. */
class HimmelblauMinimaTest {

    @Test
    void theFunctionVanishesAtEachMinimum() {
        List<double[]> minima = HimmelblauMinima.points();
        assertEquals(4, minima.size());
        for (double[] m : minima) {
            assertEquals(0, new Himmelblau().value(m), 1e-24);
        }
    }

    @Test
    void theMinimaRefineTheirKnownApproximations() {
        List<double[]> minima = HimmelblauMinima.points();
        assertArrayEquals(new double[] {3, 2}, minima.get(0), 1e-15);
        assertArrayEquals(new double[] {-2.805118087, 3.131312518}, minima.get(1), 1e-9);
        assertArrayEquals(new double[] {-3.779310253, -3.283185991}, minima.get(2), 1e-9);
        assertArrayEquals(new double[] {3.584428340, -1.848126527}, minima.get(3), 1e-9);
    }

    @Test
    void eachMinimumIsCountedOnce() {
        double[][] positions = HimmelblauMinima.points().toArray(double[][]::new);
        assertEquals(4, HimmelblauMinima.optima().countFound(positions, 1e-9));
        assertEquals("4 minima", HimmelblauMinima.optima().describe());
    }
}
