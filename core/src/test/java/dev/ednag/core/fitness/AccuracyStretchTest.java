package dev.ednag.core.fitness;

import static dev.ednag.core.fitness.AccuracyStretch.Variant.PLAIN;
import static dev.ednag.core.fitness.AccuracyStretch.Variant.ROOM_LAYOUT;
import static dev.ednag.core.fitness.AccuracyStretch.Variant.ZERO_BELOW_0_01;
import static dev.ednag.core.fitness.AccuracyStretch.Variant.ZERO_BELOW_2E_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Spec §4.1 and §10.1 item 10. */
class AccuracyStretchTest {

    private static final double[] BREAKPOINTS = {30, 50, 70, 75, 80, 85, 90, 95};
    private static final double[] VALUES = {3, 23, 63, 78, 103, 153, 303, 503};

    @Test
    void breakpointsAreExactAndContinuousFromBothSides() {
        double h = 1e-9;
        for (int b = 0; b < BREAKPOINTS.length; b++) {
            double x = BREAKPOINTS[b];
            assertEquals(VALUES[b], AccuracyStretch.apply(x, PLAIN), 1e-12, "r(" + x + ")");
            // The left limit uses the previous segment's formula, the right one the next segment's.
            assertEquals(VALUES[b], AccuracyStretch.apply(x - h, PLAIN), 1e-6, "r(" + x + "−)");
            assertEquals(VALUES[b], AccuracyStretch.apply(x + h, PLAIN), 1e-6, "r(" + x + "+)");
            assertTrue(AccuracyStretch.apply(x - h, PLAIN) < VALUES[b]);
            assertTrue(AccuracyStretch.apply(x + h, PLAIN) > VALUES[b]);
        }
    }

    @Test
    void slopesOfEachSegment() {
        double[] mid = {10, 40, 60, 72.5, 77.5, 82.5, 87.5, 92.5, 97.5};
        double[] slope = {0.1, 1, 2, 3, 5, 10, 30, 40, 50};
        for (int s = 0; s < mid.length; s++) {
            double d = AccuracyStretch.apply(mid[s] + 0.5, PLAIN) - AccuracyStretch.apply(mid[s] - 0.5, PLAIN);
            assertEquals(slope[s], d, 1e-9, "slope around " + mid[s]);
        }
    }

    @Test
    void examples() {
        assertEquals(477.8, AccuracyStretch.apply(94.37, PLAIN), 1e-9);
        assertEquals(753.0, AccuracyStretch.apply(100, PLAIN), 1e-12);
        assertEquals(0.0, AccuracyStretch.apply(0, PLAIN));
        assertEquals(0.0005, AccuracyStretch.apply(0.005, PLAIN), 1e-15);
    }

    @Test
    void nb101VariantZeroesTinyAndHugeInputs() {
        assertEquals(0.0, AccuracyStretch.apply(0.005, ZERO_BELOW_0_01));
        assertEquals(0.001, AccuracyStretch.apply(0.01, ZERO_BELOW_0_01), 1e-15);
        assertEquals(477.8, AccuracyStretch.apply(94.37, ZERO_BELOW_0_01), 1e-9);
        assertEquals(0.0, AccuracyStretch.apply(100000, ZERO_BELOW_0_01));
        assertTrue(AccuracyStretch.apply(99999, ZERO_BELOW_0_01) > 0);
    }

    @Test
    void tnbDefaultVariantZeroesBelowTwoEMinusEight() {
        assertEquals(0.0, AccuracyStretch.apply(1e-8, ZERO_BELOW_2E_8));
        assertEquals(0.0005, AccuracyStretch.apply(0.005, ZERO_BELOW_2E_8), 1e-15);
        assertEquals(0.0, AccuracyStretch.apply(1e6, ZERO_BELOW_2E_8));
    }

    @Test
    void roomLayoutVariant() {
        assertEquals(0.0, AccuracyStretch.apply(50.0, ROOM_LAYOUT));
        assertEquals(0.0, AccuracyStretch.apply(50.01, ROOM_LAYOUT));
        assertEquals(0.0, AccuracyStretch.apply(50.00003, ROOM_LAYOUT), "an invalid genome's transform");
        assertEquals(780.0, AccuracyStretch.apply(100.54, ROOM_LAYOUT), 1e-9);
        assertEquals(23 + 2 * (60 - 50), AccuracyStretch.apply(60, ROOM_LAYOUT), 1e-12);
        assertEquals(63.0, AccuracyStretch.apply(70, ROOM_LAYOUT), 1e-12);
        assertEquals(0.0, AccuracyStretch.apply(99999, ROOM_LAYOUT));
        assertEquals(AccuracyStretch.apply(88, PLAIN), AccuracyStretch.apply(88, ROOM_LAYOUT));
    }

    @Test
    void increasingAcrossTheUsefulRange() {
        double previous = AccuracyStretch.apply(0, PLAIN);
        for (double x = 0.05; x <= 120; x += 0.05) {
            double r = AccuracyStretch.apply(x, PLAIN);
            assertTrue(r > previous, "at " + x);
            previous = r;
        }
    }
}
