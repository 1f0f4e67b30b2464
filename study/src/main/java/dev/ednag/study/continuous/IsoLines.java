package dev.ednag.study.continuous;

import java.util.ArrayList;
import java.util.List;

/**
 * Iso-lines of a grid by marching squares: each cell whose corners straddle the level gets one or
 * two segments with ends placed on the cell's edges by linear interpolation. Saddle cells are
 * split by the mean of their corners. Cells with a non-finite corner are left out rather than
 * guessed.
 */
final class IsoLines {

    private IsoLines() {}

    /**
     * @param z     values by row then column, at least 2 × 2 and rectangular
     * @param level the value the lines follow
     * @return segments {x0, y0, x1, y1} in grid units: x a fractional column, y a fractional row
     */
    static List<double[]> segments(double[][] z, double level) {
        List<double[]> out = new ArrayList<>();
        for (int r = 0; r + 1 < z.length; r++) {
            for (int c = 0; c + 1 < z[r].length; c++) {
                cell(z[r][c], z[r][c + 1], z[r + 1][c + 1], z[r + 1][c], c, r, level, out);
            }
        }
        return out;
    }

    /** Corners counter-clockwise from (c, r): a at (c, r), b at (c+1, r), d at (c+1, r+1), e at (c, r+1). */
    private static void cell(double a, double b, double d, double e, int c, int r, double level, List<double[]> out) {
        if (!(Double.isFinite(a) && Double.isFinite(b) && Double.isFinite(d) && Double.isFinite(e))) {
            return;
        }
        int mask = (a >= level ? 1 : 0) | (b >= level ? 2 : 0) | (d >= level ? 4 : 0) | (e >= level ? 8 : 0);
        if (mask == 0 || mask == 15) {
            return;
        }
        // Where the level crosses each edge: bottom (a–b), right (b–d), top (e–d), left (a–e).
        double[] bottom = {c + fraction(a, b, level), r};
        double[] right = {c + 1, r + fraction(b, d, level)};
        double[] top = {c + fraction(e, d, level), r + 1};
        double[] left = {c, r + fraction(a, e, level)};
        switch (mask) {
            case 1, 14 -> add(out, left, bottom);
            case 2, 13 -> add(out, bottom, right);
            case 3, 12 -> add(out, left, right);
            case 4, 11 -> add(out, right, top);
            case 6, 9 -> add(out, bottom, top);
            case 7, 8 -> add(out, left, top);
            case 5, 10 -> {
                boolean centreHigh = (a + b + d + e) / 4 >= level;
                // Mask 5: a and d high. A high centre joins them, so the lines cut off b and e.
                if ((mask == 5) == centreHigh) {
                    add(out, bottom, right);
                    add(out, left, top);
                } else {
                    add(out, left, bottom);
                    add(out, right, top);
                }
            }
            default -> throw new AssertionError(mask);
        }
    }

    private static double fraction(double from, double to, double level) {
        double span = to - from;
        return span == 0 ? 0.5 : Math.max(0, Math.min(1, (level - from) / span));
    }

    private static void add(List<double[]> out, double[] p, double[] q) {
        out.add(new double[] {p[0], p[1], q[0], q[1]});
    }
}
