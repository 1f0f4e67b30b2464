package dev.ednag.study.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WilcoxonSignedRankTest {

    @Test
    void allFivePositiveIsTheSmallestPossibleP() {
        // W+ = 15 is the maximum; P(W+ >= 15) = 1/32, two-sided 2/32.
        WilcoxonSignedRank.Result r = WilcoxonSignedRank.test(new double[] {1, 2, 3, 4, 5}, new double[5]);
        assertEquals(5, r.n());
        assertEquals(15.0, r.wPlus(), 0);
        assertEquals(0.0, r.wMinus(), 0);
        assertEquals(2.0 / 32, r.pValue(), 1e-15);
        assertEquals(3.0, r.medianDifference(), 0);
    }

    @Test
    void tenPairsAtTheTablesCriticalValue() {
        // n = 10, W+ = 8: 25 of the 1024 sign patterns have W+ <= 8 (sums 0..8 of distinct 1..10:
        // 1+1+1+2+2+3+4+5+6), so p = 50/1024, just under 0.05 as the critical-value tables say.
        double[] d = {-1, -2, -3, -4, 5, -6, -7, -8, -9, -10};
        WilcoxonSignedRank.Result r = WilcoxonSignedRank.test(new double[10], neg(d));
        assertEquals(5.0, r.wPlus(), 0);
        d = new double[] {1, -2, -3, -4, -5, -6, 7, -8, -9, -10};
        r = WilcoxonSignedRank.test(d, new double[10]);
        assertEquals(8.0, r.wPlus(), 0);
        assertEquals(47.0, r.wMinus(), 0);
        assertEquals(50.0 / 1024, r.pValue(), 1e-15);
    }

    @Test
    void textbookExampleWithATieAndAZero() {
        // The classic ten-pair example: differences 15, -7, 5, 20, 0, -9, 17, -12, 5, -10.
        double[] x = {125, 115, 130, 140, 140, 115, 140, 125, 140, 135};
        double[] y = {110, 122, 125, 120, 140, 124, 123, 137, 135, 145};
        WilcoxonSignedRank.Result r = WilcoxonSignedRank.test(x, y);
        assertEquals(9, r.n());
        assertEquals(1, r.zerosDropped());
        // |d| sorted 5,5,7,9,10,12,15,17,20 → ranks 1.5,1.5,3..9; positive: 5,5,15,17,20.
        assertEquals(27.0, r.wPlus(), 0);
        assertEquals(18.0, r.wMinus(), 0);
        assertEquals(bruteForceP(new double[] {15, -7, 5, 20, -9, 17, -12, 5, -10}), r.pValue(), 1e-12);
        // Tie-corrected variance: 9·10·19/24 − (2³ − 2)/48 = 71.25 − 0.125; mean 22.5.
        assertEquals((27 - 22.5) / Math.sqrt(71.125), r.z(), 1e-12);
        // Median of all ten differences, the zero included: sorted -12,-10,-9,-7,0,5,5,15,17,20.
        assertEquals(2.5, r.medianDifference(), 0);
    }

    @Test
    void exactPMatchesBruteForceEnumerationWithHeavyTies() {
        Random random = new Random(42);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(14);
            double[] d = new double[n];
            for (int i = 0; i < n; i++) {
                d[i] = (random.nextInt(9) - 4) * 0.1; // values in {-0.4..0.4}: many ties, some zeros
            }
            double[] nonZero = java.util.Arrays.stream(d).filter(v -> Math.abs(v) > 1e-12).toArray();
            WilcoxonSignedRank.Result r = WilcoxonSignedRank.test(d, new double[n]);
            assertEquals(nonZero.length, r.n());
            assertEquals(n - nonZero.length, r.zerosDropped());
            assertEquals(bruteForceP(nonZero), r.pValue(), 1e-12, java.util.Arrays.toString(d));
        }
    }

    @Test
    void decimalTiesSurviveBinaryRounding() {
        // 0.3 − 0.1 and 0.5 − 0.7 are ±0.2 in decimal but differ in the last binary digit; as a tie
        // they share rank 1.5 (W+ = 1.5 + 3), otherwise the negative one would rank 1 (W+ = 2 + 3).
        WilcoxonSignedRank.Result r = WilcoxonSignedRank.test(new double[] {0.3, 0.5, 0.5}, new double[] {0.1, 0.7, 0.2});
        assertEquals(3, r.n());
        assertEquals(4.5, r.wPlus(), 0);
        assertEquals(1.5, r.wMinus(), 0);
    }

    @Test
    void agreesWithCommonsMathWhenThereAreNoTies() {
        double[] x = {1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30};
        double[] y = {0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29};
        WilcoxonSignedRank.Result r = WilcoxonSignedRank.test(x, y);
        // Hollander & Wolfe's depression data: W+ = 40, exact two-sided p = 0.03906.
        assertEquals(40.0, r.wPlus(), 0);
        assertEquals(0.0390625, r.pValue(), 1e-12);
        assertEquals(new org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest().wilcoxonSignedRankTest(x, y, true), r.pValue(), 1e-12);
    }

    @Test
    void nullDistributionIsAProbabilityAndSymmetric() {
        int[] doubledRanks = WilcoxonSignedRank.doubledRanks(new double[] {1, 1, 2, 3, 3, 3, 4, 5, 6, 6}, 1e-12);
        double[] p = WilcoxonSignedRank.nullDistribution(doubledRanks);
        double sum = 0;
        for (int s = 0; s < p.length; s++) {
            sum += p[s];
            assertEquals(p[s], p[p.length - 1 - s], 1e-15, "symmetric at " + s);
        }
        assertEquals(1.0, sum, 1e-12);
        assertEquals(110, p.length - 1); // Σ doubled ranks = n(n+1)
    }

    @Test
    void thousandPairsAreCheapAndSane() {
        Random random = new Random(7);
        double[] x = new double[1000];
        double[] y = new double[1000];
        for (int i = 0; i < 1000; i++) {
            x[i] = Math.round(random.nextGaussian() * 100) / 100.0 + 0.05;
            y[i] = Math.round(random.nextGaussian() * 100) / 100.0;
        }
        long start = System.nanoTime();
        WilcoxonSignedRank.Result r = WilcoxonSignedRank.test(x, y);
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "exact distribution for n = 1000 in seconds");
        double[] p = WilcoxonSignedRank.nullDistribution(WilcoxonSignedRank.doubledRanks(diff(x, y), 1e-9));
        assertEquals(1.0, java.util.Arrays.stream(p).sum(), 1e-9);
        // For n this large the exact and the normal two-sided p agree closely.
        double normalP = 2 * new org.apache.commons.math3.distribution.NormalDistribution().cumulativeProbability(-Math.abs(r.z()));
        assertEquals(normalP, r.pValue(), 0.01);
    }

    @Test
    void noNonZeroDifferenceMeansNoEvidence() {
        WilcoxonSignedRank.Result r = WilcoxonSignedRank.test(new double[] {1, 2}, new double[] {1, 2});
        assertEquals(0, r.n());
        assertEquals(2, r.zerosDropped());
        assertEquals(1.0, r.pValue(), 0);
        assertTrue(Double.isNaN(r.z()));
        WilcoxonSignedRank.Result empty = WilcoxonSignedRank.test(new double[0], new double[0]);
        assertEquals(1.0, empty.pValue(), 0);
        assertTrue(Double.isNaN(empty.medianDifference()));
    }

    @Test
    void rejectsUnpairedOrMissingValues() {
        assertThrows(IllegalArgumentException.class, () -> WilcoxonSignedRank.test(new double[2], new double[3]));
        assertThrows(IllegalArgumentException.class, () -> WilcoxonSignedRank.test(new double[] {Double.NaN}, new double[1]));
    }

    /** Two-sided p by listing all 2^n sign patterns of the average ranks. */
    private static double bruteForceP(double[] d) {
        int n = d.length;
        double[] rank = new double[n];
        for (int i = 0; i < n; i++) {
            int below = 0;
            int equal = 0;
            for (int j = 0; j < n; j++) {
                double a = Math.abs(d[j]);
                double b = Math.abs(d[i]);
                if (Math.abs(a - b) < 1e-9) {
                    equal++;
                } else if (a < b) {
                    below++;
                }
            }
            rank[i] = below + (equal + 1) / 2.0;
        }
        double observed = 0;
        for (int i = 0; i < n; i++) {
            if (d[i] > 0) {
                observed += rank[i];
            }
        }
        int atMost = 0;
        int atLeast = 0;
        for (int mask = 0; mask < (1 << n); mask++) {
            double w = 0;
            for (int i = 0; i < n; i++) {
                if ((mask >> i & 1) == 1) {
                    w += rank[i];
                }
            }
            if (w <= observed + 1e-9) {
                atMost++;
            }
            if (w >= observed - 1e-9) {
                atLeast++;
            }
        }
        return Math.min(1.0, 2.0 * Math.min(atMost, atLeast) / (1 << n));
    }

    private static double[] neg(double[] d) {
        return java.util.Arrays.stream(d).map(v -> -v).toArray();
    }

    private static double[] diff(double[] x, double[] y) {
        double[] d = new double[x.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = x[i] - y[i];
        }
        return java.util.Arrays.stream(d).filter(v -> Math.abs(v) > 1e-9 * 10).toArray();
    }
}
