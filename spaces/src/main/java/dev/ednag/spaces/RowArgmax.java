package dev.ednag.spaces;

/**
 * The argmax of one genome row with numpy's rules, which the EDNAG decoders follow: ties go to the
 * first column, and a NaN counts as the maximum (the first NaN wins).
 */
public final class RowArgmax {

    private RowArgmax() {
    }

    /** The column (0-based, relative to {@code start}) of the largest of {@code genomes[start .. start + cols)}. */
    public static int of(double[] genomes, int start, int cols) {
        double best = genomes[start];
        if (Double.isNaN(best)) {
            return 0;
        }
        int bestColumn = 0;
        for (int c = 1; c < cols; c++) {
            double v = genomes[start + c];
            if (Double.isNaN(v)) {
                return c;
            }
            if (v > best) { // strict: ties keep the first column
                best = v;
                bestColumn = c;
            }
        }
        return bestColumn;
    }
}
