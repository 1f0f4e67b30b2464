package dev.ednag.continuous.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Rastrigin's box maxima: the corner coordinate and the count of corners reached. */
class RastriginCornersTest {

    private static final double C = RastriginCorners.COORDINATE;

    private static double term(double x) {
        return x * x - 10 * Math.cos(2 * Math.PI * x);
    }

    @Test
    void theCoordinateMaximisesOneTermOverTheBox() {
        assertEquals(3.51786, C, 1e-5);
        assertEquals(0, 2 * C + 20 * Math.PI * Math.sin(2 * Math.PI * C), 1e-9, "the slope vanishes");
        for (int i = 0; i <= 80_000; i++) {
            double x = -4 + i * 1e-4;
            assertTrue(term(x) <= term(C) + 1e-12, "term at " + x);
        }
    }

    @Test
    void countsDistinctCornersWithinTheRadius() {
        RastriginCorners corners = new RastriginCorners(2);
        double[][] positions = {{C, C}, {C + 0.05, C}, {-C, C - 0.05}, {-C, -C + 0.5}, {0, 0}};
        assertEquals(2, corners.countFound(positions, 0.1));
        assertEquals(3, corners.countFound(positions, 0.6));
        assertEquals("2^2 corner maxima", corners.describe());
    }

    @Test
    void worksInHighDimension() {
        RastriginCorners corners = new RastriginCorners(32);
        double[] all = TestFunctionsTest.filled(32, C);
        double[] oneFlipped = all.clone();
        oneFlipped[17] = -C;
        double[] off = all.clone();
        off[3] = C - 0.2;
        assertEquals(2, corners.countFound(new double[][] {all, oneFlipped, oneFlipped, off}, 0.1));
        // Held by two members: only the flipped corner has two within 0.1; `off` reaches `all` at 0.25.
        assertEquals(1, corners.countHeld(new double[][] {all, oneFlipped, oneFlipped, off}, 0.1, 2));
        assertEquals(2, corners.countHeld(new double[][] {all, oneFlipped, oneFlipped, off}, 0.25, 2));
        assertEquals("2^32 corner maxima", corners.describe());
    }

    @Test
    void refusesRadiiAtWhichCornersWouldShareAPosition() {
        assertThrows(IllegalArgumentException.class, () -> new RastriginCorners(2).countFound(new double[][] {{0, 0}}, 4));
        assertThrows(IllegalArgumentException.class, () -> new RastriginCorners(2).countFound(new double[][] {{0, 0, 0}}, 1));
    }

    @Test
    void listsEveryCornerInLowDimensionsAndNoneInHigh() {
        java.util.List<double[]> corners = new RastriginCorners(2).points();
        assertEquals(4, corners.size());
        assertEquals(4, new RastriginCorners(2).countFound(corners.toArray(double[][]::new), 1e-9));
        assertTrue(new RastriginCorners(32).points().isEmpty());
    }
}
