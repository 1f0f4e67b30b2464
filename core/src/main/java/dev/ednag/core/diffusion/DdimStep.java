package dev.ednag.core.diffusion;

import java.util.random.RandomGenerator;

/** The DDIM update with DDPM-scaled noise (spec §2.2). */
public final class DdimStep {

    private DdimStep() {}

    /** σ_ddpm(a, a_prev) = sqrt((1 − a_prev)/(1 − a) · (1 − a/a_prev)). */
    public static double ddpmSigma(double alpha, double alphaPrev) {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * x_next = sqrt(a_prev)·x̂0 + sqrt(max(0, 1 − a_prev − σ²))·ε̂ + σ·z with σ = noiseScale·σ_ddpm and
     * ε̂ = (x − sqrt(a)·x̂0)/sqrt(1 − a); one standard normal z per coordinate, drawn row by row.
     * {@code out} may alias {@code x}.
     */
    public static void apply(double[] x, double[] x0, int count, int dim, double alpha, double alphaPrev,
            double noiseScale, RandomGenerator noise, double[] out) {
        throw new UnsupportedOperationException("TODO");
    }
}
