package dev.ednag.surrogate.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MlpEnsembleTest {

    private static final MlpEnsemble SMALL = new MlpEnsemble(3, 2, 16, 300, 16, 0.01);

    /** y = 3·x0 − 2·x1 + x0·x2 on random points of [0, 1]³, shifted far from 0 to test standardisation. */
    private static TrainingSet smooth(int n, long seed, double shift) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n * 3];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 3; k++) {
                x[3 * i + k] = r.nextDouble();
            }
            y[i] = shift + 3 * x[3 * i] - 2 * x[3 * i + 1] + x[3 * i] * x[3 * i + 2];
        }
        return TrainingSet.unweighted(x, n, 3, y);
    }

    @Test
    void learnsASmoothFunctionAndGeneralises() {
        TrainingSet train = smooth(200, 1, 90.0);
        TrainingSet test = smooth(100, 2, 90.0);
        Predictor p = SMALL.fit(train, new SplittableRandom(7));
        double[] mean = new double[100];
        double[] sd = new double[100];
        p.predict(test.features(), 100, mean, sd);
        double error = 0;
        double spread = 0;
        double centre = test.targetMean();
        for (int i = 0; i < 100; i++) {
            error += Math.abs(mean[i] - test.targets()[i]);
            spread += Math.abs(centre - test.targets()[i]);
        }
        // Predicting the mean would leave the spread; a fitted network must do far better.
        assertTrue(error < 0.15 * spread, "mean absolute error " + error / 100 + " vs spread " + spread / 100);
    }

    @Test
    void membersDisagreeMoreFarFromTheData() {
        TrainingSet train = smooth(100, 3, 0.0);
        Predictor p = SMALL.fit(train, new SplittableRandom(11));
        double[] near = {0.5, 0.5, 0.5};
        double[] far = {8.0, -6.0, 9.0};
        double[] mean = new double[1];
        double[] sdNear = new double[1];
        double[] sdFar = new double[1];
        p.predict(near, 1, mean, sdNear);
        p.predict(far, 1, mean, sdFar);
        assertTrue(sdFar[0] > 3 * sdNear[0], "sd far " + sdFar[0] + " vs near " + sdNear[0]);
    }

    @Test
    void aFitIsAPureFunctionOfDataAndSeed() {
        TrainingSet train = smooth(50, 4, 0.0);
        double[] a = predictAll(SMALL.fit(train, new SplittableRandom(5)), train);
        double[] b = predictAll(SMALL.fit(train, new SplittableRandom(5)), train);
        double[] c = predictAll(SMALL.fit(train, new SplittableRandom(6)), train);
        assertArrayEquals(a, b);
        assertTrue(a[0] != c[0], "another seed gives other networks");
    }

    @Test
    void lowWeightRowsPullLess() {
        // Two identical inputs with conflicting targets: the heavier row wins.
        double[] x = {1, 0, 1, 0};
        TrainingSet data = new TrainingSet(x, 2, 2, new double[] {0.0, 10.0}, new double[] {1.0, 0.1});
        double[] mean = new double[1];
        new MlpEnsemble(1, 1, 8, 400, 2, 0.01).fit(data, new SplittableRandom(1))
                .predict(new double[] {1, 0}, 1, mean, new double[1]);
        assertTrue(mean[0] < 3.0, "prediction " + mean[0] + " should sit near the weight-1 target 0");
    }

    @Test
    void constantTargetsPredictTheConstant() {
        double[] x = {0, 1, 1, 0, 1, 1};
        TrainingSet data = TrainingSet.unweighted(x, 3, 2, new double[] {42, 42, 42});
        double[] mean = new double[3];
        double[] sd = new double[3];
        new MlpEnsemble(2, 2, 4, 20, 2, 0.01).fit(data, new SplittableRandom(1)).predict(x, 3, mean, sd);
        for (double m : mean) {
            assertEquals(42.0, m, 0.05);
        }
    }

    @Test
    void rejectsRowsOfAnotherWidth() {
        Predictor p = SMALL.fit(smooth(10, 1, 0), new SplittableRandom(1));
        assertThrows(IllegalArgumentException.class, () -> p.predict(new double[4], 2, new double[2], new double[2]));
    }

    @Test
    void rejectsNonsenseSettings() {
        assertThrows(IllegalArgumentException.class, () -> new MlpEnsemble(0, 10, 20, 200, 32, 0.01));
        assertThrows(IllegalArgumentException.class, () -> new MlpEnsemble(5, 10, 20, 200, 32, Double.NaN));
    }

    private static double[] predictAll(Predictor p, TrainingSet data) {
        double[] mean = new double[data.n()];
        p.predict(data.features(), data.n(), mean, new double[data.n()]);
        return mean;
    }
}
