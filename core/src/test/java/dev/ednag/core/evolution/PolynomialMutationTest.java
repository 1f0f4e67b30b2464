package dev.ednag.core.evolution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ednag.core.ScriptedRandom;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Spec §5.1 and the "mutation never changes an argmax" property of §10.2. */
class PolynomialMutationTest {

    /** NB201's genome: 8 node rows of 7 columns. */
    private static final int ROWS = 8;
    private static final int COLS = 7;
    private static final int DIM = ROWS * COLS;

    @Test
    void drawsOneROneUPerMutatedIndividualInOrder() {
        PolynomialMutation m = PolynomialMutation.reference(0.6);
        double[] x = {0.0, 0.5, -0.3, 0.9, 0.2, -0.8};
        double[] before = x.clone();
        // Individual 0: r = 0.7 > rate, untouched, no u. Individual 1: r = 0.6 ≤ rate, u = 0.25.
        // Individual 2: r = 0.1, u = 0.8.
        ScriptedRandom rnd = ScriptedRandom.uniforms(0.7, 0.6, 0.25, 0.1, 0.8);
        m.apply(x, 3, 2, 5, rnd);
        assertEquals(5, rnd.doubleCalls());
        assertEquals(0, rnd.remaining());
        assertEquals(before[0], x[0]);
        assertEquals(before[1], x[1]);
        for (int k = 2; k < 4; k++) {
            assertEquals(expected(before[k], 0.25, 5, -1, 1), x[k], 1e-15);
        }
        for (int k = 4; k < 6; k++) {
            assertEquals(expected(before[k], 0.8, 5, -1, 1), x[k], 1e-15);
        }
    }

    @Test
    void handWorkedValue() {
        // x = 0, u = 0.25, η = 5: δ1 = 0.5, δ = (0.5 + 0.5·0.5⁶)^(1/6) − 1, x' = 2δ ≈ −0.21360.
        double[] x = {0.0};
        PolynomialMutation.reference(1.0).apply(x, 1, 1, 5, ScriptedRandom.uniforms(0.0, 0.25));
        assertEquals(2 * (Math.pow(0.5078125, 1.0 / 6) - 1), x[0], 1e-15);
        assertEquals(-0.21360, x[0], 1e-5);
    }

    @Test
    void uOfOneHalfIsTheIdentity() {
        double[] x = {-0.9, 0.1, 0.7};
        double[] before = x.clone();
        PolynomialMutation.reference(1.0).apply(x, 1, 3, 5, ScriptedRandom.uniforms(0.3, 0.5));
        assertArrayEquals(before, x, 1e-15);
    }

    @Test
    void perGeneUDrawsOnePerCoordinate() {
        double[] x = {0.2, -0.2, 0.4};
        double[] before = x.clone();
        ScriptedRandom rnd = ScriptedRandom.uniforms(0.0, 0.1, 0.5, 0.9);
        new PolynomialMutation(1.0, -1, 1, true).apply(x, 1, 3, 4, rnd);
        assertEquals(4, rnd.doubleCalls());
        assertEquals(expected(before[0], 0.1, 4, -1, 1), x[0], 1e-15);
        assertEquals(before[1], x[1], 1e-15);
        assertEquals(expected(before[2], 0.9, 4, -1, 1), x[2], 1e-15);
    }

    @Test
    void noClippingOutsideTheBounds() {
        // [0,1] genomes with the hard-coded [−1,1] bounds [QUIRK]: values may leave [0,1].
        double[] x = {0.0, 1.0};
        PolynomialMutation.reference(1.0).apply(x, 1, 2, 5, ScriptedRandom.uniforms(0.0, 0.01));
        assertTrue(x[0] < 0, "moved below the genome range without clipping: " + x[0]);
    }

    @Test
    void neverChangesAWithinRowOrderOrAnArgmax() {
        SplittableRandom rnd = new SplittableRandom(2024);
        int count = 2000;
        int changedRows = 0;
        for (RowRange range : RowRange.values()) {
            for (double eta : new double[] {4, 5, 8}) {
                double[] x = RowNormalizationTest.gaussian(rnd, count * DIM, 1.0);
                RowNormalization.apply(x, count, DIM, range);
                double[] before = x.clone();
                // Rate 1 mutates every individual; the bounds stay [−1,1] for both ranges (spec §5.1).
                PolynomialMutation.reference(1.0).apply(x, count, DIM, eta, new SplittableRandom(rnd.nextLong()));
                RowNormalization.apply(x, count, DIM, range);
                for (int i = 0; i < count; i++) {
                    assertOrderPreserved(before, x, i * DIM, "η = " + eta + ", " + range + ", genome " + i);
                    changedRows += changedArgmaxRows(before, x, i * DIM);
                }
            }
        }
        assertEquals(0, changedRows);
    }

    @Test
    void preservesOrderForExtremeSharedU() {
        SplittableRandom rnd = new SplittableRandom(99);
        for (double u : new double[] {1e-6, 0.001, 0.25, 0.4999, 0.5001, 0.75, 0.999, 1 - 1e-6}) {
            for (double eta : new double[] {4, 5, 8}) {
                double[] x = RowNormalizationTest.gaussian(rnd, DIM, 1.0);
                RowNormalization.apply(x, 1, DIM, RowRange.MINUS_ONE_TO_ONE);
                double[] before = x.clone();
                PolynomialMutation.reference(1.0).apply(x, 1, DIM, eta, ScriptedRandom.uniforms(0.0, u));
                RowNormalization.apply(x, 1, DIM, RowRange.MINUS_ONE_TO_ONE);
                assertOrderPreserved(before, x, 0, "u = " + u + ", η = " + eta);
            }
        }
    }

    @Test
    void perGeneUDoesChangeArgmaxes() {
        // The control for the property above: without the shared u, decoded cells do change.
        SplittableRandom rnd = new SplittableRandom(7);
        int count = 200;
        double[] x = RowNormalizationTest.gaussian(rnd, count * DIM, 1.0);
        RowNormalization.apply(x, count, DIM, RowRange.MINUS_ONE_TO_ONE);
        double[] before = x.clone();
        new PolynomialMutation(1.0, -1, 1, true).apply(x, count, DIM, 5, rnd);
        RowNormalization.apply(x, count, DIM, RowRange.MINUS_ONE_TO_ONE);
        int changed = 0;
        for (int i = 0; i < count; i++) {
            changed += changedArgmaxRows(before, x, i * DIM);
        }
        assertTrue(changed > 0);
    }

    /** Spec §5.1 written out independently for one gene. */
    private static double expected(double x, double u, double eta, double lb, double ub) {
        double m = eta + 1;
        double delta = u <= 0.5
                ? Math.pow(2 * u + (1 - 2 * u) * Math.pow(1 - (x - lb) / (ub - lb), m), 1 / m) - 1
                : 1 - Math.pow(2 * (1 - u) + (2 * u - 1) * Math.pow(1 - (ub - x) / (ub - lb), m), 1 / m);
        return x + delta * (ub - lb);
    }

    /** Strict order: every pair of genes keeps its order within the genome. */
    private static void assertOrderPreserved(double[] before, double[] after, int off, String what) {
        for (int a = off; a < off + DIM; a++) {
            for (int b = off; b < off + DIM; b++) {
                if (before[a] < before[b] && !(after[a] < after[b])) {
                    fail("order of genes " + (a - off) + " and " + (b - off) + " changed for " + what);
                }
            }
        }
    }

    private static int changedArgmaxRows(double[] before, double[] after, int off) {
        int changed = 0;
        for (int r = 0; r < ROWS; r++) {
            if (argmax(before, off + r * COLS) != argmax(after, off + r * COLS)) {
                changed++;
            }
        }
        return changed;
    }

    private static int argmax(double[] x, int off) {
        int best = 0;
        for (int c = 1; c < COLS; c++) {
            if (x[off + c] > x[off + best]) {
                best = c;
            }
        }
        return best;
    }
}
