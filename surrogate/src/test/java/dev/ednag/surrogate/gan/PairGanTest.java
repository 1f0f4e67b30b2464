package dev.ednag.surrogate.gan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.surrogate.model.TrainingSet;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PairGanTest {

    /** x ~ N(3, 2²), y = 0.5·x + N(0, 0.1²). */
    private static TrainingSet correlated(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 3 + 2 * random.nextGaussian();
            y[i] = 0.5 * x[i] + 0.1 * random.nextGaussian();
        }
        return TrainingSet.unweighted(x, n, 1, y);
    }

    @Test
    void keepsTheRealRowsFirstAndAddsAsManyWeighingLess() {
        TrainingSet real = correlated(30, 1);
        TrainingSet out = PairGan.defaults().augment(real, new SplittableRandom(2));
        assertEquals(60, out.n());
        assertArrayEquals(real.features(), Arrays.copyOf(out.features(), 30));
        assertArrayEquals(real.targets(), Arrays.copyOf(out.targets(), 30));
        for (int i = 0; i < 60; i++) {
            assertEquals(i < 30 ? 1.0 : 0.5, out.weights()[i]);
            assertTrue(Double.isFinite(out.features()[i]) && Double.isFinite(out.targets()[i]));
        }
    }

    @Test
    void learnsWhereTheDataLieAndHowTheyCorrelate() {
        TrainingSet real = correlated(200, 3);
        TrainingSet out = PairGan.defaults().withSteps(2000, 0).augment(real, new SplittableRandom(4));
        double mx = 0;
        double my = 0;
        double cov = 0;
        int m = out.n() - 200;
        for (int i = 200; i < out.n(); i++) {
            mx += out.features()[i];
            my += out.targets()[i];
        }
        mx /= m;
        my /= m;
        for (int i = 200; i < out.n(); i++) {
            cov += (out.features()[i] - mx) * (out.targets()[i] - my);
        }
        assertEquals(3.0, mx, 0.5, "mean of the synthetic x");
        assertEquals(1.5, my, 0.5, "mean of the synthetic y");
        assertTrue(cov > 0, "x and y rise together: covariance " + cov / m);
    }

    @Test
    void oneSeedOneAugmentation() {
        TrainingSet real = correlated(20, 5);
        TrainingSet a = PairGan.defaults().augment(real, new SplittableRandom(9));
        TrainingSet b = PairGan.defaults().augment(real, new SplittableRandom(9));
        TrainingSet c = PairGan.defaults().augment(real, new SplittableRandom(10));
        assertArrayEquals(a.features(), b.features());
        assertArrayEquals(a.targets(), b.targets());
        assertTrue(!Arrays.equals(a.features(), c.features()));
    }

    @Test
    void aSessionContinuesFromItsLastWeights() {
        GanSession session = PairGan.defaults().session(new SplittableRandom(1));
        TrainingSet first = session.augment(correlated(20, 6));
        TrainingSet second = session.augment(correlated(25, 7));
        assertEquals(40, first.n());
        assertEquals(50, second.n());
        assertThrows(IllegalArgumentException.class,
                () -> session.augment(TrainingSet.unweighted(new double[4], 2, 2, new double[2])));
    }

    @Test
    void oneRowHasNoDistributionToLearn() {
        TrainingSet one = TrainingSet.unweighted(new double[] {1}, 1, 1, new double[] {2});
        assertSame(one, PairGan.defaults().augment(one, new SplittableRandom(1)));
    }

    @Test
    void refusesBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> new PairGan(0, 64, 2, 300, 50, 1e-3, 32, 1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new PairGan(8, 64, 2, 300, 50, 0, 32, 1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new PairGan(8, 64, 2, 300, 50, 1e-3, 32, -1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new PairGan(8, 64, 2, 300, 50, 1e-3, 32, 1, 0));
    }
}
