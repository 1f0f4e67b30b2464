package dev.ednag.continuous.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Ackley's box maxima: local maxima in 2-D, and none higher anywhere in the box. */
class AckleyBoxMaximaTest {

    private static final Ackley ACKLEY = new Ackley();

    @Test
    void eachIsAStrictLocalMaximumInsideTheBoxWorth12_54009() {
        assertEquals(3.614, AckleyBoxMaxima.COORDINATE, 1e-3);
        assertEquals(12.54009, AckleyBoxMaxima.value(), 1e-4);
        for (double[] m : AckleyBoxMaxima.points()) {
            double peak = ACKLEY.value(m);
            assertEquals(AckleyBoxMaxima.value(), peak, 1e-12, "symmetric");
            assertTrue(Math.abs(m[0]) < 4 && Math.abs(m[1]) < 4);
            for (int direction = 0; direction < 16; direction++) {
                double angle = direction * Math.PI / 8;
                double[] near = {m[0] + 1e-3 * Math.cos(angle), m[1] + 1e-3 * Math.sin(angle)};
                assertTrue(ACKLEY.value(near) < peak, "direction " + direction);
            }
        }
    }

    @Test
    void noPointOfAFineGridInTheBoxIsHigher() {
        double peak = AckleyBoxMaxima.value();
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i <= 1600; i++) {
            for (int j = 0; j <= 1600; j++) {
                best = Math.max(best, ACKLEY.value(new double[] {-4 + i * 0.005, -4 + j * 0.005}));
            }
        }
        assertTrue(best <= peak, best + " > " + peak);
        assertEquals(peak, best, 1e-4, "the grid comes close");
    }

    @Test
    void allFourAreCounted() {
        double t = AckleyBoxMaxima.COORDINATE;
        double[][] positions = {{t, t}, {-t + 0.01, t}, {-t, -t}, {t, -t - 0.01}};
        assertEquals(4, AckleyBoxMaxima.optima().countFound(positions, 0.1));
    }
}
