package dev.ednag.core.diffusion;

/**
 * The fitness-weighted Bayesian estimate of x₀ (spec §2.1), with the unnormalised Gaussian kernel,
 * the uniform density 1/Q and the three 1e-9 floors of the reference code.
 *
 * <p>For query y_j and candidates x_i:
 * K_ij = exp(−‖y_j − √a·x_i‖²/(2(1−a))), w_ij = (g_i+ε)(K_ij+ε)/(p_j+ε) and
 * x̂0_j = Σ_i w_ij·x_i / (Σ_i w_ij + ε). The floors are material: once every kernel underflows
 * below ε, the estimate collapses to the g-weighted centroid (the "teleport to the elite" quirk).
 *
 * <p>Cost is O(Q·P·D) with no allocation; arrays are flat and row-major.
 */
public final class BayesianX0Estimator {

    /** The floor added to weights, kernels, the density and the normaliser. */
    public static final double EPSILON = 1e-9;

    /** The bandwidth of Diffusion Evolution's legacy {@code kde} density (spec §9.1). */
    public static final double KDE_BANDWIDTH = 0.1;

    private BayesianX0Estimator() {}

    /**
     * Estimates x₀ for every query point with the uniform density p_j = 1/queryCount (the default).
     *
     * @param candidates     {@code count × dim} population, row-major
     * @param weights        non-negative weight g of each candidate
     * @param alpha          α_t, in [0, 1)
     * @param queries        {@code queryCount × dim} query points (EDNAG passes the population itself)
     * @param out            {@code queryCount × dim} result, row-major; may not alias the inputs
     */
    public static void estimate(double[] candidates, int count, int dim, double[] weights, double alpha,
            double[] queries, int queryCount, double[] out) {
        estimate(candidates, count, dim, weights, alpha, queries, queryCount, null, out);
    }

    /**
     * Estimates x₀ with an explicit density p_j per query point, e.g. from {@link #kdeDensity}.
     *
     * @param density {@code queryCount} values p_j, or {@code null} for the uniform 1/queryCount
     * @see #estimate(double[], int, int, double[], double, double[], int, double[])
     */
    public static void estimate(double[] candidates, int count, int dim, double[] weights, double alpha,
            double[] queries, int queryCount, double[] density, double[] out) {
        if (out == candidates || out == queries) {
            throw new IllegalArgumentException("out may not alias candidates or queries");
        }
        estimateInKernelSpace(candidates, queries, dim, candidates, dim, count, weights, alpha, queryCount,
                density, out);
    }

    /**
     * The estimate with the kernel measured in one space and the average taken in another: latent
     * Diffusion Evolution (spec §9.2) compares projected codes z but averages the original vectors,
     * K_ij = exp(−‖zq_j − √a·zc_i‖²/(2(1−a))) and x̂0_j = Σ_i w_ij·v_i / (Σ_i w_ij + ε).
     * With the kernel space equal to the value space this is {@link #estimate}.
     *
     * @param kernelCandidates {@code count × kernelDim} candidate coordinates the kernel compares
     * @param kernelQueries    {@code queryCount × kernelDim} query coordinates the kernel compares
     * @param values           {@code count × valueDim} vectors that are averaged
     * @param density          {@code queryCount} values p_j, or {@code null} for the uniform 1/queryCount
     * @param out              {@code queryCount × valueDim} result; may not alias {@code values}
     */
    public static void estimateInKernelSpace(double[] kernelCandidates, double[] kernelQueries, int kernelDim,
            double[] values, int valueDim, int count, double[] weights, double alpha, int queryCount,
            double[] density, double[] out) {
        checkArguments(kernelCandidates, kernelQueries, kernelDim, values, valueDim, count, weights, alpha,
                queryCount, density, out);
        double sqrtA = Math.sqrt(alpha);
        double twoVariance = 2.0 * (1.0 - alpha);
        double uniformFloor = 1.0 / queryCount + EPSILON;
        for (int j = 0; j < queryCount; j++) {
            int yOff = j * kernelDim;
            int outOff = j * valueDim;
            double densityFloor = density == null ? uniformFloor : density[j] + EPSILON;
            for (int d = 0; d < valueDim; d++) {
                out[outOff + d] = 0.0;
            }
            double z = 0.0;
            for (int i = 0; i < count; i++) {
                int cOff = i * kernelDim;
                double d2 = 0.0;
                for (int d = 0; d < kernelDim; d++) {
                    double diff = kernelQueries[yOff + d] - sqrtA * kernelCandidates[cOff + d];
                    d2 += diff * diff;
                }
                double kernel = Math.exp(-d2 / twoVariance);
                double w = (weights[i] + EPSILON) * (kernel + EPSILON) / densityFloor;
                z += w;
                int vOff = i * valueDim;
                for (int d = 0; d < valueDim; d++) {
                    out[outOff + d] += w * values[vOff + d];
                }
            }
            double norm = z + EPSILON;
            for (int d = 0; d < valueDim; d++) {
                out[outOff + d] /= norm;
            }
        }
    }

    /**
     * Diffusion Evolution's legacy {@code kde} density (spec §9.1), over the query points:
     * s_j = Σ_k exp(−‖y_j − y_k‖²/(2h²)) and p_j = s_j / Σ_k s_k · Q. The spec's
     * "/ Σ_all · N" is read left to right, so the densities average 1.
     *
     * @param out {@code queryCount} densities
     */
    public static void kdeDensity(double[] queries, int queryCount, int dim, double bandwidth, double[] out) {
        if (!(bandwidth > 0)) {
            throw new IllegalArgumentException("bandwidth must be positive, got " + bandwidth);
        }
        if (queries.length < queryCount * dim || out.length < queryCount) {
            throw new IllegalArgumentException("arrays shorter than " + queryCount + "×" + dim);
        }
        double twoH2 = 2.0 * bandwidth * bandwidth;
        double total = 0.0;
        for (int j = 0; j < queryCount; j++) {
            double s = 0.0;
            for (int k = 0; k < queryCount; k++) {
                double d2 = 0.0;
                for (int d = 0; d < dim; d++) {
                    double diff = queries[j * dim + d] - queries[k * dim + d];
                    d2 += diff * diff;
                }
                s += Math.exp(-d2 / twoH2);
            }
            out[j] = s;
            total += s;
        }
        for (int j = 0; j < queryCount; j++) {
            out[j] = out[j] / total * queryCount;
        }
    }

    private static void checkArguments(double[] kernelCandidates, double[] kernelQueries, int kernelDim,
            double[] values, int valueDim, int count, double[] weights, double alpha, int queryCount,
            double[] density, double[] out) {
        if (count <= 0 || kernelDim <= 0 || valueDim <= 0 || queryCount <= 0) {
            throw new IllegalArgumentException("count, dimensions and queryCount must be positive: " + count
                    + ", " + kernelDim + ", " + valueDim + ", " + queryCount);
        }
        // a = 1 would divide by zero in the kernel; no schedule passes it as α_t (spec §3.1).
        if (!(alpha >= 0.0 && alpha < 1.0)) {
            throw new IllegalArgumentException("alpha must lie in [0, 1), got " + alpha);
        }
        if (kernelCandidates.length < count * kernelDim || values.length < count * valueDim
                || weights.length < count) {
            throw new IllegalArgumentException("candidates, values or weights shorter than " + count + " rows");
        }
        if (kernelQueries.length < queryCount * kernelDim || out.length < queryCount * valueDim) {
            throw new IllegalArgumentException("queries or out shorter than " + queryCount + " rows");
        }
        if (density != null && density.length < queryCount) {
            throw new IllegalArgumentException("density shorter than " + queryCount);
        }
        if (out == values || out == kernelCandidates || out == kernelQueries) {
            throw new IllegalArgumentException("out may not alias the inputs");
        }
    }
}
