package dev.ednag.continuous.problems;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The maxima of Rastrigin's function in the box [−4, 4]^d: the 2^d corners with every coordinate
 * ±{@link #COORDINATE}. The function is a sum over coordinates, so each coordinate is maximised
 * on its own, and a corner is named by its sign pattern.
 */
public final class RastriginCorners implements KnownOptima {

    /** The maximiser on [0, 4] of one coordinate's term x² − 10·cos(2πx). */
    public static final double COORDINATE = coordinateMaximiser();

    /** Corners are listed up to this dimension (1,024 of them). */
    static final int LISTED_DIM = 10;

    private final int dim;

    public RastriginCorners(int dim) {
        if (dim < 1) {
            throw new IllegalArgumentException("dimension must be at least 1, got " + dim);
        }
        this.dim = dim;
    }

    @Override
    public String describe() {
        return "2^" + dim + " corner maxima";
    }

    /** The corners, for up to {@value #LISTED_DIM} dimensions; beyond, empty. */
    @Override
    public List<double[]> points() {
        if (dim > LISTED_DIM) {
            return List.of();
        }
        List<double[]> corners = new ArrayList<>();
        for (int signs = 0; signs < 1 << dim; signs++) {
            double[] corner = new double[dim];
            for (int k = 0; k < dim; k++) {
                corner[k] = (signs >> k & 1) == 1 ? -COORDINATE : COORDINATE;
            }
            corners.add(corner);
        }
        return corners;
    }

    /**
     * Counts the corners that are the nearest corner of at least {@code members} positions within
     * {@code radius}. This is every corner with that many positions within {@code radius} because the balls around the corners do
     * not overlap for radii up to {@link #COORDINATE}; larger radii are refused.
     */
    @Override
    public int countHeld(double[][] positions, double radius, int members) {
        if (radius > COORDINATE) {
            throw new IllegalArgumentException(
                    "radius " + radius + " would let corners share a position; at most " + COORDINATE);
        }
        Map<BitSet, Integer> near = new HashMap<>();
        for (double[] position : positions) {
            TestFunction.requireDimension(position, dim);
            BitSet negative = new BitSet(dim);
            double squared = 0;
            for (int k = 0; k < dim; k++) {
                boolean below = position[k] < 0;
                negative.set(k, below);
                double d = position[k] - (below ? -COORDINATE : COORDINATE);
                squared += d * d;
            }
            if (squared <= radius * radius) {
                near.merge(negative, 1, Integer::sum);
            }
        }
        return (int) near.values().stream().filter(n -> n >= members).count();
    }

    /** Newton's method on the term's derivative 2x + 20π·sin(2πx), from the peak near 3.5. */
    private static double coordinateMaximiser() {
        double x = 3.5;
        for (int i = 0; i < 100; i++) {
            double slope = 2 * x + 2 * Math.PI * Rastrigin.A * Math.sin(2 * Math.PI * x);
            double curvature = 2 + 4 * Math.PI * Math.PI * Rastrigin.A * Math.cos(2 * Math.PI * x);
            double next = x - slope / curvature;
            if (next == x) {
                break;
            }
            x = next;
        }
        return x;
    }
}
