package dev.ednag.surrogate.model;

import java.util.Arrays;

/**
 * A fitted {@link GaussianProcess}: the posterior of an RBF Gaussian process on standardised
 * targets, mapped back to the training targets' scale. The mean is k*ᵀK⁻¹y; the standard deviation
 * is that of the latent function, √(s² − k*ᵀK⁻¹k*), without the observation noise, because a search
 * wants to know how unsure the model is about an architecture, not how noisy its re-evaluation would
 * be. Immutable and thread-safe; the chosen hyper-parameters are exposed for manifests.
 */
public final class GaussianProcessPredictor implements Predictor {

    private final int n;
    private final int d;
    /** Training rows transposed (feature j of every row at [j·n, (j+1)·n)), so a query's zeros are skipped. */
    private final double[] columns;
    private final double[] squaredNorms;
    private final RbfKernel kernel;
    private final KernelCholesky factor;
    private final double[] alpha;
    private final Standardizer standardizer;
    private final double noise;
    private final double jitter;
    private final double logMarginalLikelihood;

    /**
     * @param rows         the n × d training rows (row-major; copied)
     * @param factor       Cholesky factor of K = k(X, X) + diag(noise/wᵢ) + jitter·I
     * @param alpha        K⁻¹ times the standardised targets
     * @param standardizer how the targets were standardised before fitting
     */
    GaussianProcessPredictor(double[] rows, int n, int d, RbfKernel kernel, KernelCholesky factor, double[] alpha,
            Standardizer standardizer, double noise, double jitter, double logMarginalLikelihood) {
        if (rows.length != (long) n * d || factor.size() != n || alpha.length != n) {
            throw new IllegalArgumentException("GP of " + n + " rows × " + d + " features got " + rows.length
                    + " values, a " + factor.size() + "-row factor and " + alpha.length + " weights");
        }
        this.n = n;
        this.d = d;
        this.columns = new double[rows.length];
        this.squaredNorms = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < d; j++) {
                double x = rows[i * d + j];
                columns[j * n + i] = x;
                s += x * x;
            }
            squaredNorms[i] = s;
        }
        this.kernel = kernel;
        this.factor = factor;
        this.alpha = alpha;
        this.standardizer = standardizer;
        this.noise = noise;
        this.jitter = jitter;
        this.logMarginalLikelihood = logMarginalLikelihood;
    }

    @Override
    public int dimension() {
        return d;
    }

    /** The chosen length scale ℓ, in feature units. */
    public double lengthScale() {
        return kernel.lengthScale();
    }

    /** The chosen noise variance σ² on standardised targets, for a row of weight 1. */
    public double noise() {
        return noise;
    }

    /**
     * Extra diagonal added because K was not numerically positive definite at the chosen grid
     * point; 0 almost always (non-zero e.g. for duplicate rows of very large weight).
     */
    public double jitter() {
        return jitter;
    }

    /** log p(y | X, ℓ, σ²) of the standardised targets at the chosen hyper-parameters. */
    public double logMarginalLikelihood() {
        return logMarginalLikelihood;
    }

    @Override
    public void predict(double[] features, int count, double[] mean, double[] sd) {
        Predictions.check(d, features, count, mean, sd);
        double signal = kernel.signalVariance();
        double[] k = new double[n]; // a·xᵢ, then k*, then L⁻¹k*, in place
        for (int r = 0; r < count; r++) {
            Arrays.fill(k, 0);
            double queryNorm = 0;
            // Dot products with every training row at once, one feature at a time: contiguous,
            // vectorisable, and a zero feature (most of a sparse 0/1 encoding) costs nothing.
            for (int j = 0, q = r * d; j < d; j++, q++) {
                double x = features[q];
                if (x != 0) {
                    queryNorm += x * x;
                    int column = j * n;
                    for (int i = 0; i < n; i++) {
                        k[i] += columns[column + i] * x;
                    }
                }
            }
            double mu = 0;
            for (int i = 0; i < n; i++) {
                double ki = kernel.value(Math.max(0, squaredNorms[i] + queryNorm - 2 * k[i]));
                k[i] = ki;
                mu += ki * alpha[i];
            }
            factor.forwardInPlace(k);
            double explained = 0;
            for (int i = 0; i < n; i++) {
                explained += k[i] * k[i];
            }
            mean[r] = standardizer.restoreMean(mu);
            sd[r] = standardizer.restoreSd(Math.sqrt(Math.max(0, signal - explained)));
        }
    }
}
