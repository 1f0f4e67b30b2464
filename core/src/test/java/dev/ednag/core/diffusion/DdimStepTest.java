package dev.ednag.core.diffusion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ednag.core.ScriptedRandom;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Spec §2.2 and §10.1 items 5–7. */
class DdimStepTest {

    @Test
    void ddpmSigmaValues() {
        assertEquals(0.9998741277, DdimStep.ddpmSigma(0.0, 2.517288e-4), 1e-10);
        assertEquals(0.1739558123, DdimStep.ddpmSigma(0.492067018, 0.507932982), 1e-9);
        for (double a : new double[] {0.0, 0.3, 0.9997482712, 1.0}) {
            assertEquals(0.0, DdimStep.ddpmSigma(a, 1.0), "a = " + a);
        }
    }

    @Test
    void firstEdnagStepCoefficients() {
        DdimStep.Coefficients c = DdimStep.coefficients(0.0, 2.517288e-4, 0.8);
        assertEquals(0.0158659, c.signal(), 1e-7);
        assertEquals(0.5999244766, c.direction(), 1e-9);
        assertEquals(0.7998993021, c.sigma(), 1e-9);
    }

    @Test
    void firstEdnagStepAppliesTheCoefficientsToXAndNoise() {
        // With a = 0, ε̂ = x, so x_next = 0.0158659·x̂0 + 0.59992448·x + 0.79989930·z.
        double[] x = {1.0, -2.0};
        double[] x0 = {0.5, 0.25};
        double[] out = new double[2];
        double[] z = {0.3, -1.1};
        int[] next = {0};
        DdimStep.apply(x, x0, 1, 2, 0.0, 2.517288e-4, 0.8, ScriptedRandom.gaussians(() -> z[next[0]++]), out);
        double s = Math.sqrt(2.517288e-4);
        assertEquals(s * 0.5 + 0.5999244766 * 1.0 + 0.7998993021 * 0.3, out[0], 1e-9);
        assertEquals(s * 0.25 - 0.5999244766 * 2.0 - 0.7998993021 * 1.1, out[1], 1e-9);
    }

    @Test
    void lastStepReturnsTheEstimateExactlyWhateverTheNoise() {
        double[] x = {0.3, -0.7, 1e300, -0.0, 2.0, 5.0};
        double[] x0 = {0.1, -0.0, 0.25, -3.5, Double.MIN_VALUE, 7.0};
        for (double gaussian : new double[] {0.0, 1e300, Double.NaN, Double.POSITIVE_INFINITY}) {
            for (double a : new double[] {0.9997482712, 0.5, 1.0}) {
                double[] out = new double[x.length];
                ScriptedRandom noise = ScriptedRandom.gaussians(() -> gaussian);
                DdimStep.apply(x, x0, 2, 3, a, 1.0, 0.8, noise, out);
                assertArrayEquals(x0, out, "a = " + a + ", z = " + gaussian);
                assertEquals(6, noise.gaussianCalls());
            }
        }
    }

    @Test
    void zeroNoiseIsConsistentWithTheForwardProcess() {
        SplittableRandom rnd = new SplittableRandom(7);
        int count = 4;
        int dim = 5;
        double a = 0.3;
        double aPrev = 0.6;
        double[] clean = new double[count * dim];
        double[] e = new double[count * dim];
        double[] xt = new double[count * dim];
        for (int k = 0; k < xt.length; k++) {
            clean[k] = rnd.nextDouble(-2, 2);
            e[k] = rnd.nextDouble(-2, 2);
            xt[k] = Math.sqrt(a) * clean[k] + Math.sqrt(1 - a) * e[k];
        }
        double[] out = new double[xt.length];
        ScriptedRandom noise = ScriptedRandom.gaussians(() -> 123.0);
        DdimStep.apply(xt, clean, count, dim, a, aPrev, 0.0, noise, out);
        for (int k = 0; k < out.length; k++) {
            assertEquals(Math.sqrt(aPrev) * clean[k] + Math.sqrt(1 - aPrev) * e[k], out[k], 1e-12);
        }
        assertEquals(count * dim, noise.gaussianCalls(), "z is drawn even when σ = 0");
    }

    @Test
    void noiseIsDrawnRowByRowOnePerCoordinate() {
        double[] x = new double[6];
        double[] x0 = new double[6];
        double[] out = new double[6];
        double[] next = {0};
        ScriptedRandom noise = ScriptedRandom.gaussians(() -> next[0]++);
        double a = 0.492067018;
        double aPrev = 0.507932982;
        DdimStep.apply(x, x0, 2, 3, a, aPrev, 1.0, noise, out);
        double sigma = DdimStep.ddpmSigma(a, aPrev);
        for (int k = 0; k < 6; k++) {
            assertEquals(sigma * k, out[k], 1e-15);
        }
        assertEquals(6, noise.gaussianCalls());
    }

    @Test
    void outMayAliasX() {
        double[] x = {0.4, -0.2, 0.9};
        double[] x0 = {0.1, 0.2, 0.3};
        double[] separate = new double[3];
        DdimStep.apply(x, x0, 1, 3, 0.2, 0.5, 0.8, new SplittableRandom(1), separate);
        DdimStep.apply(x, x0, 1, 3, 0.2, 0.5, 0.8, new SplittableRandom(1), x);
        assertArrayEquals(separate, x);
    }

    @Test
    void missingNoiseScaleMeansPureDdpm() {
        double[] x = {0.4, -0.2};
        double[] x0 = {0.1, 0.2};
        double[] withOne = new double[2];
        double[] missing = new double[2];
        DdimStep.apply(x, x0, 1, 2, 0.2, 0.5, 1.0, new SplittableRandom(3), withOne);
        DdimStep.apply(x, x0, 1, 2, 0.2, 0.5, new SplittableRandom(3), missing);
        assertArrayEquals(withOne, missing);
        DdimStep.Coefficients c = DdimStep.coefficients(0.2, 0.5, 1.0);
        assertEquals(1 - 0.5 - c.sigma() * c.sigma(), c.direction() * c.direction(), 1e-15);
    }

    @Test
    void alphaOfOneIsRejectedWhenTheDirectionTermIsUsed() {
        double[] x = {0.4};
        assertThrows(IllegalArgumentException.class,
                () -> DdimStep.apply(x, x, 1, 1, 1.0, 0.5, 0.0, new SplittableRandom(1), new double[1]));
    }
}
