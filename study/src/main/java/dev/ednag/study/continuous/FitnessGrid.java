package dev.ednag.study.continuous;

import dev.ednag.continuous.BatchFitness;
import java.util.Objects;

/**
 * A 2-D fitness evaluated once on a square grid over [−L, L]², so every frame of a picture (and
 * every run drawn on the same problem) shares one batch of evaluations. Grid nodes include the
 * edges: node {@code i} of {@code r} sits at {@code −L + 2L · i / (r − 1)} on each axis.
 */
public final class FitnessGrid {

    /** Nodes per axis that resolve the benchmark landscapes smoothly at panel size. */
    public static final int DEFAULT_RESOLUTION = 160;

    private final double limit;
    // values[row][column]: row indexes y, column indexes x, both ascending from −L.
    private final double[][] values;
    private final double min;
    private final double max;

    private FitnessGrid(double limit, double[][] values) {
        this.limit = limit;
        this.values = values;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] row : values) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        this.min = lo;
        this.max = hi;
    }

    /** Evaluates {@code fitness} on {@code resolution}² nodes over [−limit, limit]² in one batch call. */
    public static FitnessGrid evaluate(BatchFitness fitness, double limit, int resolution) {
        Objects.requireNonNull(fitness, "fitness");
        checkLimit(limit);
        if (resolution < 2) {
            throw new IllegalArgumentException("a grid needs at least 2 nodes per axis, got " + resolution);
        }
        double[][] points = new double[resolution * resolution][];
        for (int row = 0; row < resolution; row++) {
            for (int column = 0; column < resolution; column++) {
                points[row * resolution + column] =
                        new double[] {node(limit, resolution, column), node(limit, resolution, row)};
            }
        }
        double[] flat = fitness.evaluate(points);
        if (flat == null || flat.length != points.length) {
            throw new IllegalStateException("the fitness returned " + (flat == null ? "null" : flat.length + " values")
                    + " for " + points.length + " grid points");
        }
        double[][] values = new double[resolution][resolution];
        for (int row = 0; row < resolution; row++) {
            System.arraycopy(flat, row * resolution, values[row], 0, resolution);
        }
        return new FitnessGrid(limit, values);
    }

    /** {@link #evaluate(BatchFitness, double, int)} at {@link #DEFAULT_RESOLUTION}. */
    public static FitnessGrid evaluate(BatchFitness fitness, double limit) {
        return evaluate(fitness, limit, DEFAULT_RESOLUTION);
    }

    static void checkLimit(double limit) {
        if (!(limit > 0) || !Double.isFinite(limit)) {
            throw new IllegalArgumentException("the plot limit L must be positive and finite, got " + limit);
        }
    }

    private static double node(double limit, int resolution, int index) {
        return -limit + 2 * limit * index / (resolution - 1);
    }

    /** L: the grid covers [−L, L]². */
    public double limit() {
        return limit;
    }

    /** Nodes per axis. */
    public int resolution() {
        return values.length;
    }

    /** The fitness at node ({@code column}, {@code row}); column along x, row along y, both from −L. */
    public double value(int column, int row) {
        return values[row][column];
    }

    /** The smallest finite value, or +∞ when none is finite. */
    public double min() {
        return min;
    }

    /** The largest finite value, or −∞ when none is finite. */
    public double max() {
        return max;
    }

    /** {@code v} placed in [0, 1] between {@link #min} and {@link #max}; 0.5 for a flat grid, NaN for NaN. */
    public double normalise(double v) {
        if (!Double.isFinite(v)) {
            return Double.NaN;
        }
        return max > min ? (v - min) / (max - min) : 0.5;
    }

    /** The values by row then column; shared, not copied, so only this package reads it. */
    double[][] values() {
        return values;
    }
}
