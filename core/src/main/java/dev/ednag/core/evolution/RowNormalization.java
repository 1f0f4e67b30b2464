package dev.ednag.core.evolution;

/**
 * Per-individual min–max rescale over all D coordinates of each genome (spec §2.3), not per node
 * row. Argmax decoding is invariant under it; threshold decoding (NB101) is not.
 */
public final class RowNormalization {

    private RowNormalization() {}

    /**
     * Normalises each of the {@code count} genomes in place. A genome whose values are all equal is
     * left unchanged (the reference would divide by zero).
     *
     * @return the number of such degenerate genomes
     */
    public static int apply(double[] x, int count, int dim, RowRange range) {
        if (count < 0 || dim <= 0 || x.length < count * dim) {
            throw new IllegalArgumentException("array shorter than " + count + "×" + dim);
        }
        int degenerate = 0;
        for (int i = 0; i < count; i++) {
            if (!normalizeRow(x, i * dim, dim, range)) {
                degenerate++;
            }
        }
        return degenerate;
    }

    /**
     * Normalises {@code x[offset .. offset + dim)} in place.
     *
     * @return false, leaving the values unchanged, when they are all equal
     */
    public static boolean normalizeRow(double[] x, int offset, int dim, RowRange range) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int k = offset; k < offset + dim; k++) {
            min = Math.min(min, x[k]);
            max = Math.max(max, x[k]);
        }
        double span = max - min;
        if (span == 0.0) {
            return false;
        }
        // The exact reference expressions, so the extremes land exactly on the bounds.
        if (range == RowRange.ZERO_TO_ONE) {
            for (int k = offset; k < offset + dim; k++) {
                x[k] = (x[k] - min) / span;
            }
        } else {
            for (int k = offset; k < offset + dim; k++) {
                x[k] = 2.0 * (x[k] - min) / span - 1.0;
            }
        }
        return true;
    }
}
