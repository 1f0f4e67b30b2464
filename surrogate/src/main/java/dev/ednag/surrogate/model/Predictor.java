package dev.ednag.surrogate.model;

/**
 * A fitted surrogate: a predicted mean and an uncertainty (a standard deviation) for feature rows
 * of the width it was fitted on. Immutable and thread-safe.
 */
public interface Predictor {

    /** The feature width it was fitted on. */
    int dimension();

    /**
     * Predicts {@code n} rows of {@code features} (row-major) into {@code mean[0..n)} and
     * {@code sd[0..n)}; the targets' direction is the training set's (larger is better).
     */
    void predict(double[] features, int n, double[] mean, double[] sd);
}
