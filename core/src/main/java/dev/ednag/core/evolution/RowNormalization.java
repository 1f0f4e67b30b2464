package dev.ednag.core.evolution;

/** Per-individual min–max rescale over all D coordinates of each genome (spec §2.3). */
public final class RowNormalization {

    private RowNormalization() {}

    /**
     * Normalises each of the {@code count} genomes in place. A genome whose values are all equal is
     * left unchanged (the reference would divide by zero).
     *
     * @return the number of such degenerate genomes
     */
    public static int apply(double[] x, int count, int dim, RowRange range) {
        throw new UnsupportedOperationException("TODO");
    }
}
