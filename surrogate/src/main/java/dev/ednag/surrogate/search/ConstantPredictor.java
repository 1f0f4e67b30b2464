package dev.ednag.surrogate.search;

import dev.ednag.surrogate.model.Predictor;
import java.util.Arrays;

/** Predicts 0 ± 1 for everything: the surrogate of a run whose every evaluation so far failed. */
record ConstantPredictor(int dimension) implements Predictor {

    static ConstantPredictor of(int dimension) {
        return new ConstantPredictor(dimension);
    }

    @Override
    public void predict(double[] features, int n, double[] mean, double[] sd) {
        Arrays.fill(mean, 0, n, 0.0);
        Arrays.fill(sd, 0, n, 1.0);
    }
}
