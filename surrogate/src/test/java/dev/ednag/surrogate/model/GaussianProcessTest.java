package dev.ednag.surrogate.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class GaussianProcessTest {

    private static final GaussianProcess GP = new GaussianProcess();

    /** Evenly spaced points from {@code from} to {@code to}, both included. */
    private static double[] grid(double from, double to, int count) {
        double[] xs = new double[count];
        for (int i = 0; i < count; i++) {
            xs[i] = from + (to - from) * i / (count - 1);
        }
        return xs;
    }

    private static double[] map(double[] xs, DoubleUnaryOperator f) {
        return Arrays.stream(xs).map(f).toArray();
    }

    private static GaussianProcessPredictor fit(GaussianProcess gp, TrainingSet data) {
        return (GaussianProcessPredictor) gp.fit(data, new SplittableRandom(1));
    }

    private static GaussianProcessPredictor fit1d(double[] xs, double[] ys) {
        return fit(GP, TrainingSet.unweighted(xs.clone(), xs.length, 1, ys));
    }

    /** {mean, sd} at 1-D points. */
    private static double[][] predict(Predictor p, double... xs) {
        double[] mean = new double[xs.length];
        double[] sd = new double[xs.length];
        p.predict(xs, xs.length, mean, sd);
        return new double[][] {mean, sd};
    }

    @Test
    void interpolatesItsTrainingPointsWhenTheDataAreClean() {
        double[] xs = grid(0, 6, 12);
        double[] ys = map(xs, x -> Math.sin(x) + 0.5 * x);
        GaussianProcessPredictor p = fit1d(xs, ys);
        assertEquals(1e-4, p.noise(), "clean data should choose the smallest noise");
        double[][] out = predict(p, xs);
        double targetSd = TrainingSet.unweighted(xs, xs.length, 1, ys).targetSd();
        for (int i = 0; i < xs.length; i++) {
            assertEquals(ys[i], out[0][i], 1e-2, "mean at training point " + xs[i]);
            // The posterior variance at an observed point is below its noise variance, σ² = 1e-4.
            assertTrue(out[1][i] <= 0.01 * targetSd + 1e-12, "sd " + out[1][i] + " at training point " + xs[i]);
        }
    }

    @Test
    void sdGrowsFarFromTheDataToThePriorSd() {
        double[] xs = grid(0, 5, 11);
        double[] ys = map(xs, Math::cos);
        GaussianProcessPredictor p = fit1d(xs, ys);
        double targetSd = TrainingSet.unweighted(xs, xs.length, 1, ys).targetSd();
        double[][] out = predict(p, 2.25, 7, 50);
        assertTrue(out[1][0] < out[1][1] && out[1][1] < out[1][2], "sd should grow away from the data: "
                + Arrays.toString(out[1]));
        assertTrue(out[1][2] > 10 * out[1][0], Arrays.toString(out[1]));
        // Far away k* ≈ 0: the prior, sd = s·(target sd) and mean = target mean.
        assertEquals(targetSd, out[1][2], 1e-6 * targetSd);
        assertEquals(Arrays.stream(ys).average().orElseThrow(), out[0][2], 1e-6);
    }

    @Test
    void recoversASmoothFunctionBetweenSamples() {
        double[] xs = grid(0, 2 * Math.PI, 20);
        GaussianProcessPredictor p = fit1d(xs, map(xs, Math::sin));
        double[] queries = new double[50];
        for (int j = 0; j < queries.length; j++) {
            queries[j] = (j + 0.5) * 2 * Math.PI / queries.length;
        }
        double[] mean = predict(p, queries)[0];
        double worst = 0;
        for (int j = 0; j < queries.length; j++) {
            worst = Math.max(worst, Math.abs(mean[j] - Math.sin(queries[j])));
        }
        assertTrue(worst < 0.1, "max error " + worst);
    }

    @Test
    void choosesMoreNoiseForNoisyData() {
        double[] xs = grid(0, 10, 60);
        double[] clean = map(xs, Math::sin);
        SplittableRandom random = new SplittableRandom(7);
        double[] noisy = map(clean, y -> y + 0.3 * random.nextGaussian());
        GaussianProcessPredictor cleanFit = fit1d(xs, clean);
        GaussianProcessPredictor noisyFit = fit1d(xs, noisy);
        assertTrue(noisyFit.noise() > cleanFit.noise(), "noisy " + noisyFit.noise() + ", clean " + cleanFit.noise());
        assertTrue(noisyFit.noise() >= 1e-1, "noise sd 0.3 on targets of sd ≈ 0.7 is σ² ≈ 0.2: " + noisyFit.noise());
    }

    @Test
    void duplicateRowsDoNotFailAFit() {
        // Every row equal: m falls back to 1, the mean is the targets' mean, sd stays finite.
        double[] same = {1, 0, 1, 1, 0, 1, 1, 0, 1};
        GaussianProcessPredictor allEqual = fit(GP, TrainingSet.unweighted(same, 3, 3, new double[] {1, 2, 6}));
        double[] mean = new double[1];
        double[] sd = new double[1];
        allEqual.predict(new double[] {1, 0, 1}, 1, mean, sd);
        assertEquals(3.0, mean[0], 0.05);
        assertTrue(Double.isFinite(sd[0]) && sd[0] >= 0, "sd " + sd[0]);

        // Duplicates with very large weights make K singular at σ² = 1e-4: jitter must rescue it.
        double[] xs = {0, 0, 1, 1, 2};
        double[] weights = {1e12, 1e12, 1e12, 1e12, 1};
        TrainingSet data = new TrainingSet(xs, 5, 1, new double[] {0, 0, 1, 1, 0}, weights);
        GaussianProcessPredictor jittered = fit(new GaussianProcess(GaussianProcess.DEFAULT_LENGTH_SCALE_FACTORS,
                List.of(1e-4)), data);
        assertTrue(jittered.jitter() > 0, "expected jitter, got " + jittered.jitter());
        double[][] out = predict(jittered, 0, 1, 0.5, 3);
        for (int i = 0; i < 4; i++) {
            assertTrue(Double.isFinite(out[0][i]) && Double.isFinite(out[1][i]), "prediction " + i);
        }
        assertEquals(1.0, out[0][1], 1e-2);
        assertTrue(Double.isFinite(fit(GP, data).logMarginalLikelihood()));
    }

    @Test
    void aRowOfWeightBelowOnePullsTheMeanLess() {
        // Zeros on 0..10 and one conflicting 1 at x = 5: the prediction at 5 is pulled towards it.
        double[] xs = new double[12];
        double[] ys = new double[12];
        for (int i = 0; i <= 10; i++) {
            xs[i] = i;
        }
        xs[11] = 5;
        ys[11] = 1;
        double[] full = new double[12];
        Arrays.fill(full, 1.0);
        double[] light = full.clone();
        light[11] = 0.1;
        double pulledByFull = predict(fit(GP, new TrainingSet(xs, 12, 1, ys, full)), 5)[0][0];
        double pulledByLight = predict(fit(GP, new TrainingSet(xs, 12, 1, ys, light)), 5)[0][0];
        assertTrue(pulledByLight < pulledByFull, "weight 0.1 pulled to " + pulledByLight + ", weight 1 to "
                + pulledByFull);
        assertTrue(pulledByFull > 0.2 && pulledByLight >= 0, pulledByFull + ", " + pulledByLight);
    }

    @Test
    void shiftingTheTargetsShiftsThePredictions() {
        double[] xs = grid(0, 4, 15);
        double[] ys = map(xs, x -> Math.sin(2 * x));
        GaussianProcessPredictor base = fit1d(xs, ys);
        GaussianProcessPredictor shifted = fit1d(xs, map(ys, y -> y + 1000));
        assertEquals(base.lengthScale(), shifted.lengthScale());
        assertEquals(base.noise(), shifted.noise());
        double[] queries = grid(-1, 5, 30);
        double[][] a = predict(base, queries);
        double[][] b = predict(shifted, queries);
        for (int j = 0; j < queries.length; j++) {
            assertEquals(a[0][j] + 1000, b[0][j], 1e-8, "mean at " + queries[j]);
            assertEquals(a[1][j], b[1][j], 1e-8, "sd at " + queries[j]);
        }
    }

    @Test
    void theLengthScaleFollowsTheFeaturesScale() {
        double[] xs = grid(0, 6, 13);
        double[] ys = map(xs, Math::sin);
        GaussianProcessPredictor unit = fit1d(xs, ys);
        GaussianProcessPredictor scaled = fit1d(map(xs, x -> 10 * x), ys);
        assertEquals(10 * unit.lengthScale(), scaled.lengthScale(), 1e-9);
        double[][] a = predict(unit, 0.3, 2.9, 8);
        double[][] b = predict(scaled, 3, 29, 80);
        assertArrayEquals(a[0], b[0], 1e-9);
        assertArrayEquals(a[1], b[1], 1e-9);
    }

    @Test
    void choosesTheGridPointOfHighestLikelihood() {
        double[] xs = grid(0, 8, 25);
        SplittableRandom random = new SplittableRandom(11);
        TrainingSet data = TrainingSet.unweighted(xs, xs.length, 1,
                map(xs, x -> Math.sin(x) + 0.1 * random.nextGaussian()));
        GaussianProcessPredictor chosen = fit(GP, data);
        double best = Double.NEGATIVE_INFINITY;
        for (double factor : GaussianProcess.DEFAULT_LENGTH_SCALE_FACTORS) {
            for (double noise : GaussianProcess.DEFAULT_NOISE_VARIANCES) {
                GaussianProcessPredictor single = fit(new GaussianProcess(List.of(factor), List.of(noise)), data);
                assertEquals(noise, single.noise());
                best = Math.max(best, single.logMarginalLikelihood());
            }
        }
        assertEquals(best, chosen.logMarginalLikelihood());
    }

    @Test
    void tiesGoToTheFirstGridPoint() {
        // Equal rows make K the same for every ℓ, so each ℓ ties; m = 1 then ℓ = 0.25·m.
        TrainingSet data = TrainingSet.unweighted(new double[] {2, 2, 2, 2}, 4, 1, new double[] {1, 3, 1, 3});
        GaussianProcessPredictor p = fit(GP, data);
        assertEquals(0.25, p.lengthScale());
        GaussianProcessPredictor reversed = fit(new GaussianProcess(List.of(4.0, 1.0), List.of(0.5)), data);
        assertEquals(4.0, reversed.lengthScale());
    }

    @Test
    void logMarginalLikelihoodMatchesTheClosedFormForTwoPoints() {
        // Targets 0 and 2 standardise to -1 and 1; rows 1 apart; m = 1, so ℓ = 1.
        GaussianProcessPredictor p = fit(new GaussianProcess(List.of(1.0), List.of(0.1)),
                TrainingSet.unweighted(new double[] {0, 1}, 2, 1, new double[] {0, 2}));
        double k = Math.exp(-0.5);
        double a = 1.1;
        double det = a * a - k * k;
        double quadratic = 2 * (a + k) / det; // zᵀK⁻¹z for z = (-1, 1)
        double expected = -0.5 * quadratic - 0.5 * Math.log(det) - Math.log(2 * Math.PI);
        assertEquals(expected, p.logMarginalLikelihood(), 1e-12);
        assertEquals(1.0, p.lengthScale());
        assertEquals(0.0, p.jitter());
    }

    @Test
    void fitsAreDeterministicAndIgnoreTheRandomStream() {
        int n = 60;
        int d = 155;
        SplittableRandom random = new SplittableRandom(3);
        double[] features = new double[n * d];
        double[] targets = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                if (random.nextDouble() < 0.1) {
                    features[i * d + j] = 1;
                    targets[i] += Math.cos(j);
                }
            }
        }
        TrainingSet data = TrainingSet.unweighted(features, n, d, targets);
        Predictor first = GP.fit(data, new SplittableRandom(1));
        Predictor second = GP.fit(data, new SplittableRandom(2));
        double[] queries = Arrays.copyOf(features, 10 * d);
        queries[3] = 1 - queries[3];
        double[] mean1 = new double[10];
        double[] sd1 = new double[10];
        double[] mean2 = new double[10];
        double[] sd2 = new double[10];
        first.predict(queries, 10, mean1, sd1);
        second.predict(queries, 10, mean2, sd2);
        assertArrayEquals(mean1, mean2);
        assertArrayEquals(sd1, sd2);
        assertEquals(d, first.dimension());
        for (int i = 1; i < 10; i++) {
            assertEquals(targets[i], mean1[i], 0.05 * (1 + Math.abs(targets[i])), "training row " + i);
        }
    }

    @Test
    void rejectsRowsOfAnotherWidth() {
        Predictor p = fit(GP, TrainingSet.unweighted(new double[] {0, 0, 0, 1, 1, 1}, 2, 3, new double[] {0, 1}));
        double[] mean = new double[2];
        double[] sd = new double[2];
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> p.predict(new double[] {0, 1, 1, 0}, 2, mean, sd));
        assertTrue(e.getMessage().contains("width 3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> p.predict(new double[6], 2, new double[1], sd));
    }

    @Test
    void rejectsNonFiniteFeatures() {
        TrainingSet data = TrainingSet.unweighted(new double[] {0, Double.NaN}, 2, 1, new double[] {0, 1});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GP.fit(data, null));
        assertTrue(e.getMessage().contains("row 1"), e.getMessage());
    }

    @Test
    void describesItsKernelAndGridsButNotTheChosenValues() {
        assertEquals("gp", GP.name());
        var configuration = GP.configuration();
        assertEquals("rbf", configuration.get("kernel"));
        assertEquals(List.of(0.25, 0.5, 1.0, 2.0, 4.0), configuration.get("lengthScaleFactors"));
        assertEquals(List.of(1e-4, 1e-2, 1e-1, 0.5), configuration.get("noiseVariances"));
        assertEquals(1.0, configuration.get("signalVariance"));
        assertTrue(configuration.keySet().stream().noneMatch(k -> k.equals("lengthScale") || k.equals("noise")));
        assertThrows(IllegalArgumentException.class, () -> new GaussianProcess(List.of(), List.of(1e-2)));
        assertThrows(IllegalArgumentException.class, () -> new GaussianProcess(List.of(1.0), List.of(0.0)));
    }
}
