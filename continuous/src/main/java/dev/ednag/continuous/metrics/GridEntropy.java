package dev.ednag.continuous.metrics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How spread out a set of points is: the Shannon entropy, in bits, of how they occupy the cells of
 * a 0.1 grid. Each coordinate snaps to rint(10·x), half to even like the reference's rounding, so
 * 0.25 falls in cell 2 with 0.2, not in cell 3.
 */
public final class GridEntropy {

    /** Cells per unit of each coordinate. */
    static final double CELLS_PER_UNIT = 10;

    private GridEntropy() {}

    /** The entropy in bits: 0 when all points share a cell, log2(n) when n points all differ. */
    public static double of(List<double[]> points) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("no points");
        }
        Map<List<Long>, Integer> occupancy = new HashMap<>();
        for (double[] point : points) {
            occupancy.merge(cell(point), 1, Integer::sum);
        }
        double n = points.size();
        double bits = 0;
        for (int count : occupancy.values()) {
            double p = count / n;
            bits -= p * Math.log(p) / Math.log(2);
        }
        // A single cell gives −0.0; report it as 0.
        return bits + 0.0;
    }

    /** The grid cell of {@code point}; −0 and 0 are one cell, as in the reference. */
    static List<Long> cell(double[] point) {
        return Arrays.stream(point).mapToObj(x -> (long) Math.rint(CELLS_PER_UNIT * x)).toList();
    }
}
