package dev.ednag.core.diffusion;

/**
 * The fitness-weighted Bayesian estimate of x₀ (spec §2.1), with the unnormalised Gaussian kernel,
 * the uniform density 1/Q and the three 1e-9 floors of the reference code.
 */
public final class BayesianX0Estimator {

    /** The floor added to weights, kernels, the density and the normaliser. */
    public static final double EPSILON = 1e-9;

    private BayesianX0Estimator() {}

    /**
     * Estimates x₀ for every query point.
     *
     * @param candidates     {@code count × dim} population, row-major
     * @param weights        non-negative weight g of each candidate
     * @param alpha          α_t
     * @param queries        {@code queryCount × dim} query points (EDNAG passes the population itself)
     * @param out            {@code queryCount × dim} result, row-major; may not alias the inputs
     */
    public static void estimate(double[] candidates, int count, int dim, double[] weights, double alpha,
            double[] queries, int queryCount, double[] out) {
        throw new UnsupportedOperationException("TODO");
    }
}
