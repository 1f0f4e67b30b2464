package dev.ednag.surrogate.model;

/** Argument checks shared by every {@link Predictor}. */
final class Predictions {

    private Predictions() {}

    /** @throws IllegalArgumentException when the arrays do not hold {@code n} rows of the fitted width */
    static void check(int dimension, double[] features, int n, double[] mean, double[] sd) {
        if (n < 0 || features.length < (long) n * dimension || mean.length < n || sd.length < n) {
            throw new IllegalArgumentException("cannot predict " + n + " rows of width " + dimension + " from "
                    + features.length + " features into " + mean.length + " means and " + sd.length + " sds");
        }
    }
}
