package dev.ednag.core.diffusion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Spec §2.1 worked numbers, regimes (§10.1 item 8) and properties (§10.2). */
class BayesianX0EstimatorTest {

    private static final double EPS = BayesianX0Estimator.EPSILON;
    /** x₁ = (0,0), x₂ = (1,0), x₃ = (0,2). */
    private static final double[] POP = {0, 0, 1, 0, 0, 2};
    private static final double[] G = {1, 2, 3};

    private static double[] selfEstimate(double[] weights, double alpha) {
        double[] out = new double[6];
        BayesianX0Estimator.estimate(POP, 3, 2, weights, alpha, POP, 3, out);
        return out;
    }

    @Test
    void workedTableAtHalf() {
        double[] out = selfEstimate(G, 0.5);
        assertArrayEquals(new double[] {
            0.4631654096, 0.3100385178,
            0.7801615030, 0.1269635070,
            0.0102427762, 1.9626269650}, out, 1e-9);
    }

    @Test
    void uniformWeightsGiveThePlainKernelMean() {
        double[] out = selfEstimate(new double[] {1, 1, 1}, 0.5);
        assertArrayEquals(new double[] {
            0.3482074278, 0.1553911591,
            0.6872481879, 0.0745618608,
            0.0150332983, 1.9203619667}, out, 1e-9);
    }

    @Test
    void alphaZeroGivesEveryQueryTheWeightedMean() {
        double[] out = selfEstimate(G, 0.0);
        for (int j = 0; j < 3; j++) {
            assertEquals(1.0 / 3.0, out[2 * j], 1e-9);
            assertEquals(1.0, out[2 * j + 1], 1e-9);
        }
    }

    @Test
    void alphaNearOneReturnsEachHealthyIndividualItself() {
        double[] out = selfEstimate(G, 0.999);
        // Every other kernel underflows, so the neighbours only enter through their ε floors.
        assertEquals(2e-9, out[0], 1e-11);
        assertEquals(6e-9, out[1], 1e-11);
        assertEquals(1.0, out[2], 1e-8);
        assertEquals(3e-9, out[3], 1e-11);
        assertEquals(6.7e-10, out[4], 1e-11);
        assertEquals(2.0, out[5], 1e-8);
    }

    @Test
    void nearbyCandidateWinsAsAlphaApproachesOne() {
        double[] out = new double[2];
        BayesianX0Estimator.estimate(POP, 3, 2, G, 0.9999, new double[] {0.999, 0}, 1, out);
        assertEquals(1.0, out[0], 1e-8);
        assertEquals(3e-9, out[1], 1e-10);
    }

    @Test
    void nothingNearbyCollapsesToTheShrunkWeightedMean() {
        // The spec's figure 18/19 comes from p = 1/3, i.e. three query points; the other two
        // queries do not affect the first row otherwise.
        double[] queries = {0.9, 0.1, 5, 5, -5, 5};
        double[] out = new double[6];
        BayesianX0Estimator.estimate(POP, 3, 2, G, 0.9999, queries, 3, out);
        assertEquals(6.0 / 19.0, out[0], 1e-9);
        assertEquals(18.0 / 19.0, out[1], 1e-9);
        assertEquals(0.3157894736, out[0], 1e-9);
        assertEquals(0.9473684208, out[1], 1e-9);
    }

    @Test
    void worthlessIndividualTeleportsTowardsTheBest() {
        double[] g = {1e-12, 148, 1};
        double[] out = selfEstimate(g, 0.9999);
        assertEquals(0.9845, out[0], 1e-4);
        assertEquals(0.0133, out[1], 1e-4);
        // Closed form with the underflowed kernels (K = 1, 0, 0) replaced by exact zeros.
        double p = 1.0 / 3.0 + EPS;
        double w1 = (g[0] + EPS) * (1 + EPS) / p;
        double w2 = (g[1] + EPS) * EPS / p;
        double w3 = (g[2] + EPS) * EPS / p;
        double z = w1 + w2 + w3 + EPS;
        assertEquals(w2 / z, out[0], 1e-12);
        assertEquals(2 * w3 / z, out[1], 1e-12);
    }

    @Test
    void permutingThePopulationPermutesTheEstimate() {
        SplittableRandom rnd = new SplittableRandom(11);
        int n = 12;
        int dim = 7;
        double[] x = new double[n * dim];
        double[] g = new double[n];
        for (int k = 0; k < x.length; k++) {
            x[k] = rnd.nextDouble(-1, 1);
        }
        for (int i = 0; i < n; i++) {
            g[i] = rnd.nextDouble(0, 150);
        }
        int[] perm = shuffled(n, rnd);
        double[] px = new double[x.length];
        double[] pg = new double[n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(x, perm[i] * dim, px, i * dim, dim);
            pg[i] = g[perm[i]];
        }
        for (double a : new double[] {0.0, 0.3, 0.9, 0.999}) {
            double[] out = new double[x.length];
            double[] pout = new double[x.length];
            BayesianX0Estimator.estimate(x, n, dim, g, a, x, n, out);
            BayesianX0Estimator.estimate(px, n, dim, pg, a, px, n, pout);
            for (int i = 0; i < n; i++) {
                for (int d = 0; d < dim; d++) {
                    assertEquals(out[perm[i] * dim + d], pout[i * dim + d], 1e-12, "a = " + a);
                }
            }
        }
    }

    @Test
    void alphaZeroStaysInsideTheConvexHull() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (int trial = 0; trial < 50; trial++) {
            int n = 2 + rnd.nextInt(20);
            int dim = 1 + rnd.nextInt(10);
            double[] x = new double[n * dim];
            double[] g = new double[n];
            for (int k = 0; k < x.length; k++) {
                // Unit scale keeps every kernel exp(−‖y‖²/2) far above ε, the regime of spec §2.1.
                x[k] = rnd.nextGaussian();
            }
            for (int i = 0; i < n; i++) {
                g[i] = rnd.nextDouble() < 0.2 ? 0.0 : rnd.nextDouble(0, 150);
            }
            double[] out = new double[n * dim];
            BayesianX0Estimator.estimate(x, n, dim, g, 0.0, x, n, out);
            // With a = 0 the kernel K_j = exp(−‖y_j‖²/2) does not depend on i, so query j gets
            // Σ(g_i+ε)x_i / (Σ(g_i+ε) + ε(p+ε)/(K_j+ε)): the (g+ε)-weighted mean, shrunk towards 0.
            double total = 0.0;
            for (double gi : g) {
                total += gi + EPS;
            }
            double p = 1.0 / n + EPS;
            for (int j = 0; j < n; j++) {
                double norm2 = 0.0;
                for (int d = 0; d < dim; d++) {
                    norm2 += x[j * dim + d] * x[j * dim + d];
                }
                double kernel = Math.exp(-norm2 / 2);
                double denominator = total + EPS * p / (kernel + EPS);
                for (int d = 0; d < dim; d++) {
                    double lo = Double.POSITIVE_INFINITY;
                    double hi = Double.NEGATIVE_INFINITY;
                    double numerator = 0.0;
                    for (int i = 0; i < n; i++) {
                        lo = Math.min(lo, x[i * dim + d]);
                        hi = Math.max(hi, x[i * dim + d]);
                        numerator += (g[i] + EPS) * x[i * dim + d];
                    }
                    double v = out[j * dim + d];
                    assertTrue(v >= lo - 1e-12 && v <= hi + 1e-12, "outside the convex hull: " + v);
                    assertEquals(numerator / denominator, v, 1e-12);
                    assertEquals(numerator / total, v, 1e-6, "close to the plain weighted mean");
                }
            }
        }
    }

    @Test
    void explicitUniformDensityMatchesTheDefault() {
        double[] density = {1.0 / 3, 1.0 / 3, 1.0 / 3};
        double[] out = new double[6];
        BayesianX0Estimator.estimate(POP, 3, 2, G, 0.5, POP, 3, density, out);
        assertArrayEquals(selfEstimate(G, 0.5), out, 0.0);
    }

    @Test
    void kdeDensityAveragesOneAndFavoursCrowdedPoints() {
        double[] q = {0, 0, 0.01, 0, 3, 3};
        double[] density = new double[3];
        BayesianX0Estimator.kdeDensity(q, 3, 2, BayesianX0Estimator.KDE_BANDWIDTH, density);
        assertEquals(3.0, density[0] + density[1] + density[2], 1e-12);
        double pair = 1 + Math.exp(-0.0001 / 0.02);
        assertEquals(3 * pair / (2 * pair + 1), density[0], 1e-12);
        assertEquals(3 / (2 * pair + 1), density[2], 1e-12);
        // A density changes the estimate only through the ε floors: a tiny shift, but a real one.
        double[] withKde = new double[6];
        BayesianX0Estimator.estimate(POP, 3, 2, G, 0.9999, q, 3, density, withKde);
        double[] uniform = new double[6];
        BayesianX0Estimator.estimate(POP, 3, 2, G, 0.9999, q, 3, uniform);
        assertTrue(Math.abs(withKde[4] - uniform[4]) > 1e-6);
    }

    @Test
    void rejectsAlphaOutsideTheUnitIntervalAndAliasing() {
        double[] out = new double[6];
        assertThrows(IllegalArgumentException.class, () -> BayesianX0Estimator.estimate(POP, 3, 2, G, 1.0, POP, 3, out));
        assertThrows(IllegalArgumentException.class, () -> BayesianX0Estimator.estimate(POP, 3, 2, G, -0.1, POP, 3, out));
        double[] pop = POP.clone();
        assertThrows(IllegalArgumentException.class, () -> BayesianX0Estimator.estimate(pop, 3, 2, G, 0.5, pop, 3, pop));
    }

    private static int[] shuffled(int n, SplittableRandom rnd) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    @Test
    void kernelInAnotherSpaceWeighsByThatSpaceButAveragesTheValues() {
        // Kernel coordinates: the population's first coordinate only. x₁ and x₃ share it, so
        // at a = 0.5 they weigh each other as if they were the same point.
        double[] kernel = {0, 1, 0};
        double[] out = new double[6];
        BayesianX0Estimator.estimateInKernelSpace(kernel, kernel, 1, POP, 2, 3, G, 0.5, 3, null, out);
        double[] same = new double[6];
        BayesianX0Estimator.estimate(POP, 3, 2, G, 0.5, POP, 3, same);
        assertArrayEquals(new double[] {out[0], out[1]}, new double[] {out[4], out[5]}, 1e-12);
        assertTrue(Math.abs(out[1] - same[1]) > 0.1, "projection must change the weights");
        // a = 0: every query gets the g-weighted mean of the values whatever the kernel space.
        BayesianX0Estimator.estimateInKernelSpace(kernel, kernel, 1, POP, 2, 3, G, 0.0, 3, null, out);
        for (int j = 0; j < 3; j++) {
            assertEquals(1.0 / 3.0, out[2 * j], 1e-8);
            assertEquals(1.0, out[2 * j + 1], 1e-8);
        }
    }

    @Test
    void kernelSpaceEqualToValueSpaceIsThePlainEstimate() {
        double[] out = new double[6];
        BayesianX0Estimator.estimateInKernelSpace(POP, POP, 2, POP, 2, 3, G, 0.5, 3, null, out);
        assertArrayEquals(selfEstimate(G, 0.5), out, 0.0);
    }
}
