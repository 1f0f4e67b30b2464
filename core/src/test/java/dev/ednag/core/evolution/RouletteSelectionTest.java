package dev.ednag.core.evolution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/** Spec §5.3.5 and §10.1 item 16. */
class RouletteSelectionTest {

    private static final double[] FLAT = {1, 1, 1, 1};

    /** Returns the scripted values in order and counts the draws. */
    private static final class Script implements DoubleSupplier {
        private final double[] values;
        private int calls;

        Script(double... values) {
            this.values = values;
        }

        @Override
        public double getAsDouble() {
            return values[Math.min(calls++, values.length - 1)];
        }
    }

    private static boolean[] flags(int n, int... set) {
        boolean[] f = new boolean[n];
        for (int i : set) {
            f[i] = true;
        }
        return f;
    }

    @Test
    void equalWeightsGiveQuarterSteps() {
        assertArrayEquals(new double[] {0.25, 0.5, 0.75, 1.0}, RouletteSelection.cumulative(FLAT), 0.0);
        // Equal h (equal f, zero diversity) hits the guard: all weights equal.
        assertArrayEquals(FLAT, RouletteSelection.weights(new double[] {3, 3, 3, 3}, new double[4]), 0.0);
    }

    @Test
    void excludedMassFlowsForward() {
        Script r = new Script(0.4);
        assertArrayEquals(new int[] {2}, RouletteSelection.forwardScan(FLAT, flags(4, 1), 1, r));
        assertEquals(1, r.calls);
    }

    @Test
    void massAfterTheLastEligibleIndexRedraws() {
        Script r = new Script(0.9, 0.1);
        assertArrayEquals(new int[] {0}, RouletteSelection.forwardScan(FLAT, flags(4, 3), 1, r));
        assertEquals(2, r.calls);
    }

    @Test
    void alreadySelectedIndicesAreSkippedLikeExcludedOnes() {
        Script r = new Script(0.1, 0.1, 0.1);
        assertArrayEquals(new int[] {0, 1, 2}, RouletteSelection.forwardScan(FLAT, null, 3, r));
        assertEquals(3, r.calls);
    }

    @Test
    void massBeforeTheFirstEligibleIndexGoesToIt() {
        Script r = new Script(0.05, 0.3);
        assertArrayEquals(new int[] {2, 3}, RouletteSelection.forwardScan(FLAT, flags(4, 0, 1), 2, r));
    }

    @Test
    void scanComparesWithLessOrEqual() {
        assertArrayEquals(new int[] {0}, RouletteSelection.forwardScan(FLAT, null, 1, new Script(0.25)));
    }

    @Test
    void weightsScaleHBetweenTenPercentAndOne() {
        // h = f·(1+div) = (0, 1, 4) → 0.1, 0.1 + 0.9/4, 1.
        double[] nf = RouletteSelection.weights(new double[] {0, 1, 2}, new double[] {0, 0, 1});
        assertArrayEquals(new double[] {0.1, 0.325, 1.0}, nf, 1e-15);
    }

    @Test
    void redrawCapTakesTheFirstEligibleIndex() {
        Script r = new Script(0.99);
        assertArrayEquals(new int[] {1}, RouletteSelection.forwardScan(FLAT, flags(4, 0, 3), 1, r));
        assertEquals(RouletteSelection.MAX_REDRAWS, r.calls);
    }

    @Test
    void renormalisedPicksAmongEligibleOnly() {
        // Eligible 0 and 2, weights 1 and 1: r = 0.4·2 = 0.8 → index 0; then only 2 is left.
        int[] picks = RouletteSelection.renormalised(FLAT, flags(4, 1, 3), 2, new Script(0.4, 0.0));
        assertArrayEquals(new int[] {0, 2}, picks);
    }

    @Test
    void rejectsMorePicksThanEligibleIndices() {
        assertThrows(IllegalArgumentException.class,
                () -> RouletteSelection.forwardScan(FLAT, flags(4, 0, 1), 3, new Script(0.5)));
        assertThrows(IllegalArgumentException.class,
                () -> RouletteSelection.renormalised(FLAT, null, 5, new Script(0.5)));
    }

    @Test
    void selectRoutesThroughTheWeights() {
        double[] f = {0, 1, 2};
        double[] div = {0, 0, 1};
        double[] nf = RouletteSelection.weights(f, div);
        for (double u : new double[] {0.0, 0.05, 0.3, 0.6, 0.99}) {
            assertArrayEquals(RouletteSelection.forwardScan(nf, null, 2, new Script(u, 0.5)),
                    RouletteSelection.select(f, div, null, 2, RouletteMode.FORWARD_SCAN, new Script(u, 0.5)));
            assertArrayEquals(RouletteSelection.renormalised(nf, null, 2, new Script(u, 0.5)),
                    RouletteSelection.select(f, div, null, 2, RouletteMode.RENORMALISED, new Script(u, 0.5)));
        }
    }

    /**
     * The forward scan's pick frequencies match the probabilities the scan implies: with eligible
     * indices e₁ &lt; e₂ &lt; … the pick e_k owns (c_{e_{k−1}}, c_{e_k}] and r above the last eligible
     * c redraws, so P(e_k) = (c_{e_k} − c_{e_{k−1}}) / c_{e_last}. Two picks without replacement.
     */
    @Test
    void forwardScanFrequenciesMatchTheScanProbabilities() {
        double[] nf = {0.1, 0.4, 1.0, 0.25, 0.7, 0.55};
        boolean[] excluded = flags(6, 1, 5);
        double[] c = RouletteSelection.cumulative(nf);
        int n = nf.length;
        double[][] expected = new double[n][n];
        double expectedDraws = 0.0;
        double[] first = scanProbabilities(c, excluded);
        expectedDraws += 1.0 / lastEligibleC(c, excluded);
        for (int a = 0; a < n; a++) {
            if (first[a] == 0) {
                continue;
            }
            boolean[] taken = excluded.clone();
            taken[a] = true;
            double[] second = scanProbabilities(c, taken);
            expectedDraws += first[a] / lastEligibleC(c, taken);
            for (int b = 0; b < n; b++) {
                expected[a][b] = first[a] * second[b];
            }
        }
        // The scan is not a renormalisation: index 2 inherits the excluded index 1's mass.
        double renormalisedFirst2 = nf[2] / (nf[0] + nf[2] + nf[3] + nf[4]);
        assertTrue(first[2] - renormalisedFirst2 > 0.05, first[2] + " vs " + renormalisedFirst2);

        SplittableRandom rnd = new SplittableRandom(42);
        int trials = 200_000;
        double[][] seen = new double[n][n];
        long[] draws = {0};
        DoubleSupplier uniform = () -> {
            draws[0]++;
            return rnd.nextDouble();
        };
        for (int t = 0; t < trials; t++) {
            int[] pick = RouletteSelection.forwardScan(nf, excluded, 2, uniform);
            seen[pick[0]][pick[1]]++;
        }
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                assertEquals(expected[a][b], seen[a][b] / trials, 0.006, "pair (" + a + "," + b + ")");
            }
        }
        assertEquals(expectedDraws, (double) draws[0] / trials, 0.02 * expectedDraws);
    }

    @Test
    void renormalisedFrequenciesAreProportionalToWeights() {
        double[] nf = {0.1, 0.4, 1.0, 0.25, 0.7, 0.55};
        boolean[] excluded = flags(6, 1, 5);
        SplittableRandom rnd = new SplittableRandom(43);
        int trials = 100_000;
        double[] seen = new double[nf.length];
        for (int t = 0; t < trials; t++) {
            seen[RouletteSelection.renormalised(nf, excluded, 1, rnd::nextDouble)[0]]++;
        }
        double total = nf[0] + nf[2] + nf[3] + nf[4];
        for (int i = 0; i < nf.length; i++) {
            double p = excluded[i] ? 0 : nf[i] / total;
            assertEquals(p, seen[i] / trials, 0.006, "index " + i);
        }
    }

    private static double[] scanProbabilities(double[] c, boolean[] taken) {
        double[] p = new double[c.length];
        double previous = 0.0;
        for (int j = 0; j < c.length; j++) {
            if (!taken[j]) {
                p[j] = c[j] - previous;
                previous = c[j];
            }
        }
        for (int j = 0; j < c.length; j++) {
            p[j] /= previous;
        }
        return p;
    }

    private static double lastEligibleC(double[] c, boolean[] taken) {
        for (int j = c.length - 1; j >= 0; j--) {
            if (!taken[j]) {
                return c[j];
            }
        }
        throw new AssertionError("nothing eligible");
    }
}
