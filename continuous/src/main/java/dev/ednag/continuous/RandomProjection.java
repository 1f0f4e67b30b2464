package dev.ednag.continuous;

import java.util.random.RandomGenerator;

/**
 * The fixed random projection of latent Diffusion Evolution (spec §9.2): W ∈ R^{m×d} with entries
 * N(0,1)/√d, each row then rescaled to unit length, no bias. Codes are z = x·Wᵀ. Drawn once per run,
 * so two points close in x stay close in z, while the kernel works in m ≪ d dimensions where
 * distances do not all look alike.
 */
public final class RandomProjection {

    private final int latentDim;
    private final int dim;
    private final double[] rows;

    private RandomProjection(int latentDim, int dim, double[] rows) {
        this.latentDim = latentDim;
        this.dim = dim;
        this.rows = rows;
    }

    /** Draws W row by row from {@code random}. */
    public static RandomProjection draw(int latentDim, int dim, RandomGenerator random) {
        if (latentDim < 1 || dim < 1) {
            throw new IllegalArgumentException("dimensions must be positive, got " + latentDim + " and " + dim);
        }
        double[] w = new double[latentDim * dim];
        double scale = 1.0 / Math.sqrt(dim);
        for (int r = 0; r < latentDim; r++) {
            double norm2 = 0.0;
            for (int c = 0; c < dim; c++) {
                double v = random.nextGaussian() * scale;
                w[r * dim + c] = v;
                norm2 += v * v;
            }
            double norm = Math.sqrt(norm2);
            for (int c = 0; c < dim; c++) {
                w[r * dim + c] /= norm;
            }
        }
        return new RandomProjection(latentDim, dim, w);
    }

    public int latentDim() {
        return latentDim;
    }

    public int dim() {
        return dim;
    }

    /** Entry W[r][c]. */
    public double weight(int r, int c) {
        return rows[r * dim + c];
    }

    /** z = x·Wᵀ for {@code count} row-major points; returns {@code count × latentDim} codes. */
    public double[] project(double[] x, int count) {
        if (x.length < count * dim) {
            throw new IllegalArgumentException("points shorter than " + count + "×" + dim);
        }
        double[] z = new double[count * latentDim];
        for (int i = 0; i < count; i++) {
            for (int r = 0; r < latentDim; r++) {
                double s = 0.0;
                for (int c = 0; c < dim; c++) {
                    s += x[i * dim + c] * rows[r * dim + c];
                }
                z[i * latentDim + r] = s;
            }
        }
        return z;
    }
}
