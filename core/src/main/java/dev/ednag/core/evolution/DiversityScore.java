package dev.ednag.core.evolution;

/**
 * The diversity score of spec §5.3.1: the summed Euclidean distance of each genome to all others,
 * min–max scaled to [0, 1]. Computed on the continuous genomes, not on decoded architectures.
 */
public final class DiversityScore {

    private DiversityScore() {}

    /**
     * Scores the {@code count × dim} genomes.
     *
     * @return {@code count} scores in [0, 1]; all 0 when every sum is equal (the reference gives NaN)
     */
    public static double[] compute(double[] x, int count, int dim) {
        if (count < 0 || dim < 0 || x.length < count * dim) {
            throw new IllegalArgumentException("array shorter than " + count + "×" + dim);
        }
        double[] s = new double[count];
        // Each distance is computed once and added to both ends; every sum still accumulates in
        // index order, so the result equals the naive double loop bit for bit.
        for (int i = 0; i < count; i++) {
            for (int k = i + 1; k < count; k++) {
                double d2 = 0.0;
                for (int d = 0; d < dim; d++) {
                    double diff = x[i * dim + d] - x[k * dim + d];
                    d2 += diff * diff;
                }
                double dist = Math.sqrt(d2);
                s[i] += dist;
                s[k] += dist;
            }
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : s) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double span = max - min;
        for (int i = 0; i < count; i++) {
            s[i] = span == 0.0 ? 0.0 : (s[i] - min) / span;
        }
        return s;
    }
}
