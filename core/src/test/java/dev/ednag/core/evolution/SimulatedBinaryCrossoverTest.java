package dev.ednag.core.evolution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ednag.core.ScriptedRandom;
import org.junit.jupiter.api.Test;

/** Spec §5.2. */
class SimulatedBinaryCrossoverTest {

    @Test
    void rateIsCheckedTwicePerPairThenOneVIsDrawn() {
        SimulatedBinaryCrossover sbx = new SimulatedBinaryCrossover(0.5, 2);
        double[] x = {
            0, 1,   // pair (0,1): r1 = 0.9 fails, no second check
            2, 3,
            0, 1,   // pair (2,3): r1 = 0.5 passes, r2 = 0.6 fails
            4, 5,
            1, 2,   // pair (4,5): both pass, v = 0.25
            3, 6,
            9, 9};  // odd last individual: untouched, nothing drawn
        double[] before = x.clone();
        ScriptedRandom rnd = ScriptedRandom.uniforms(0.9, 0.5, 0.6, 0.1, 0.2, 0.25);
        sbx.apply(x, 7, 2, rnd);
        assertEquals(0, rnd.remaining());
        assertArrayEquals(java.util.Arrays.copyOf(before, 8), java.util.Arrays.copyOf(x, 8), 0.0);
        double beta = Math.pow(0.5, 1.0 / 3);
        assertEquals(2 - 0.5 * beta * 2, x[8], 1e-15);
        assertEquals(2 + 0.5 * beta * 2, x[10], 1e-15);
        assertEquals(4 - 0.5 * beta * 4, x[9], 1e-15);
        assertEquals(4 + 0.5 * beta * 4, x[11], 1e-15);
        assertArrayEquals(new double[] {9, 9}, new double[] {x[12], x[13]}, 0.0);
    }

    @Test
    void upperBranchOfBetaSpreadsChildrenApart() {
        double[] x = {0, 1};
        new SimulatedBinaryCrossover(1.0, 1).apply(x, 2, 1, ScriptedRandom.uniforms(0, 0, 0.75));
        double beta = Math.pow(1 / (2 - 1.5), 0.5);
        assertEquals(0.5 - 0.5 * beta, x[0], 1e-15);
        assertEquals(0.5 + 0.5 * beta, x[1], 1e-15);
        assertEquals(1.0, x[0] + x[1], 1e-15, "the pair's mean is kept");
    }

    @Test
    void rateZeroNeverRecombines() {
        double[] x = {1, 2, 3, 4};
        new SimulatedBinaryCrossover(0.0, 5).apply(x, 4, 1, ScriptedRandom.uniforms(0.1, 0.1));
        assertArrayEquals(new double[] {1, 2, 3, 4}, x, 0.0);
    }
}
