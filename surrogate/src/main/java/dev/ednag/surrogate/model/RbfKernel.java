package dev.ednag.surrogate.model;

import java.util.Arrays;

/**
 * The squared-exponential (RBF) kernel k(a, b) = s²·exp(−|a − b|²/(2ℓ²)), written in terms of the
 * squared distance so a caller can get |a − b|² however is cheapest (pairwise once per fit, or
 * |a|² + |b|² − 2a·b per predicted row). Immutable.
 */
final class RbfKernel {

    private final double signalVariance;
    private final double lengthScale;
    private final double minusHalfInverseSquare;

    RbfKernel(double signalVariance, double lengthScale) {
        if (!(signalVariance > 0) || !Double.isFinite(signalVariance)) {
            throw new IllegalArgumentException("RBF signal variance must be positive and finite, got " + signalVariance);
        }
        if (!(lengthScale > 0) || !Double.isFinite(lengthScale)) {
            throw new IllegalArgumentException("RBF length scale must be positive and finite, got " + lengthScale);
        }
        this.signalVariance = signalVariance;
        this.lengthScale = lengthScale;
        this.minusHalfInverseSquare = -0.5 / (lengthScale * lengthScale);
    }

    double signalVariance() {
        return signalVariance;
    }

    double lengthScale() {
        return lengthScale;
    }

    /** k for two points {@code squaredDistance} apart. */
    double value(double squaredDistance) {
        return signalVariance * Math.exp(squaredDistance * minusHalfInverseSquare);
    }

    /**
     * All pairwise squared distances of {@code n} rows of width {@code d}, as a symmetric n × n
     * row-major matrix. Summed as Σ(aⱼ − bⱼ)² rather than from norms, so identical rows are exactly
     * 0 apart — the median below must recognise duplicates.
     */
    static double[] squaredDistances(double[] rows, int n, int d) {
        double[] out = new double[Math.multiplyExact(n, n)];
        for (int i = 0; i < n; i++) {
            int a = i * d;
            for (int j = 0; j < i; j++) {
                int b = j * d;
                double s = 0;
                for (int k = 0; k < d; k++) {
                    double diff = rows[a + k] - rows[b + k];
                    s += diff * diff;
                }
                out[i * n + j] = s;
                out[j * n + i] = s;
            }
        }
        return out;
    }

    /**
     * The median Euclidean distance between distinct rows (pairs at distance 0 are left out), the
     * natural unit for the length scale; 1 when there is no such pair (one row, or all equal).
     */
    static double medianDistance(double[] squaredDistances, int n) {
        double[] distances = new double[n * (n - 1) / 2];
        int count = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double s = squaredDistances[i * n + j];
                if (s > 0) {
                    distances[count++] = Math.sqrt(s);
                }
            }
        }
        if (count == 0) {
            return 1.0;
        }
        Arrays.sort(distances, 0, count);
        int mid = count / 2;
        return count % 2 == 1 ? distances[mid] : 0.5 * (distances[mid - 1] + distances[mid]);
    }
}
