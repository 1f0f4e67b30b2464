package dev.ednag.study.report;

import java.util.TreeSet;

/**
 * The query counts an anytime curve is sampled at: every count up to 200, where curves change
 * fastest and budgets are compared, then about 50 points per decade (even on the log axis) and the
 * last count itself.
 */
public final class QueryGrid {

    /** Counts up to this are all on the grid. */
    public static final long DENSE_UP_TO = 200;
    private static final int POINTS_PER_DECADE = 50;

    private QueryGrid() {}

    /** Ascending query counts from 1 to {@code last} inclusive; empty when {@code last < 1}. */
    public static long[] upTo(long last) {
        TreeSet<Long> grid = new TreeSet<>();
        for (long q = 1; q <= Math.min(last, DENSE_UP_TO); q++) {
            grid.add(q);
        }
        if (last > DENSE_UP_TO) {
            double step = Math.pow(10, 1.0 / POINTS_PER_DECADE);
            for (double q = DENSE_UP_TO * step; q < last; q *= step) {
                grid.add(Math.round(q));
            }
            grid.add(last);
        }
        return grid.stream().mapToLong(Long::longValue).toArray();
    }
}
