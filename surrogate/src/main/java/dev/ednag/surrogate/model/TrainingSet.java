package dev.ednag.surrogate.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * What a surrogate learns from: n feature rows of width d (row-major), a target per row and a weight
 * per row. Real evaluations weigh 1; synthetic pairs (GNE-NAS's GAN) may weigh less. Targets are
 * always "larger is better", so a surrogate never needs to know the metric's direction.
 *
 * @param features n·d values, row i at {@code [i·d, (i+1)·d)}
 * @param targets  n finite values
 * @param weights  n positive weights
 */
public record TrainingSet(double[] features, int n, int d, double[] targets, double[] weights) {

    public TrainingSet {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(weights, "weights");
        if (n < 1 || d < 1) {
            throw new IllegalArgumentException("a training set needs at least one row and one feature, got n = " + n
                    + ", d = " + d);
        }
        if (features.length != Math.multiplyExact(n, d) || targets.length != n || weights.length != n) {
            throw new IllegalArgumentException("training set of " + n + " × " + d + " has " + features.length
                    + " features, " + targets.length + " targets and " + weights.length + " weights");
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(targets[i])) {
                throw new IllegalArgumentException("target " + i + " is not finite: " + targets[i]);
            }
            if (!(weights[i] > 0) || !Double.isFinite(weights[i])) {
                throw new IllegalArgumentException("weight " + i + " must be positive and finite, got " + weights[i]);
            }
        }
    }

    /** Every row weighing 1. */
    public static TrainingSet unweighted(double[] features, int n, int d, double[] targets) {
        double[] ones = new double[n];
        Arrays.fill(ones, 1.0);
        return new TrainingSet(features, n, d, targets, ones);
    }

    /** The weighted mean of the targets. */
    public double targetMean() {
        double sum = 0;
        double total = 0;
        for (int i = 0; i < n; i++) {
            sum += weights[i] * targets[i];
            total += weights[i];
        }
        return sum / total;
    }

    /** The weighted standard deviation of the targets; 0 when they are all equal. */
    public double targetSd() {
        double mean = targetMean();
        double sum = 0;
        double total = 0;
        for (int i = 0; i < n; i++) {
            double r = targets[i] - mean;
            sum += weights[i] * r * r;
            total += weights[i];
        }
        return Math.sqrt(sum / total);
    }
}
