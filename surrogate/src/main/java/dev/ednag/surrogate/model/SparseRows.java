package dev.ednag.surrogate.model;

/**
 * The non-zero entries of row-major feature rows (compressed sparse rows). Architecture encodings
 * are mostly zeros (a path encoding sets ≤ 4 of 155 features, one-hot 6 of 30), so a network's first
 * layer reads only these.
 */
final class SparseRows {

    private final int[] rowStart;
    private final int[] columns;
    private final double[] values;
    private final int width;

    private SparseRows(int[] rowStart, int[] columns, double[] values, int width) {
        this.rowStart = rowStart;
        this.columns = columns;
        this.values = values;
        this.width = width;
    }

    static SparseRows of(double[] x, int n, int d) {
        int nonZero = 0;
        for (int i = 0; i < n * d; i++) {
            if (x[i] != 0) {
                nonZero++;
            }
        }
        int[] start = new int[n + 1];
        int[] cols = new int[nonZero];
        double[] vals = new double[nonZero];
        int e = 0;
        for (int r = 0; r < n; r++) {
            start[r] = e;
            for (int k = 0; k < d; k++) {
                double v = x[r * d + k];
                if (v != 0) {
                    cols[e] = k;
                    vals[e++] = v;
                }
            }
        }
        start[n] = e;
        return new SparseRows(start, cols, vals, d);
    }

    /** The first entry of row {@code r}. */
    int start(int r) {
        return rowStart[r];
    }

    /** One past the last entry of row {@code r}. */
    int end(int r) {
        return rowStart[r + 1];
    }

    int column(int entry) {
        return columns[entry];
    }

    double value(int entry) {
        return values[entry];
    }

    /** Which columns are non-zero in at least one row. */
    boolean[] usedColumns() {
        boolean[] used = new boolean[width];
        for (int c : columns) {
            used[c] = true;
        }
        return used;
    }
}
