package dev.ednag.core.diffusion;

import java.util.random.RandomGenerator;

/** The DDIM update with DDPM-scaled noise (spec §2.2). */
public final class DdimStep {

    private DdimStep() {}

    /**
     * The three scalars of one step: x_next = signal·x̂0 + direction·ε̂ + sigma·z.
     *
     * @param signal    sqrt(a_prev)
     * @param direction sqrt(max(0, 1 − a_prev − σ²))
     * @param sigma     σ = noiseScale·σ_ddpm
     */
    public record Coefficients(double signal, double direction, double sigma) {}

    /**
     * σ_ddpm(a, a_prev) = sqrt((1 − a_prev)/(1 − a) · (1 − a/a_prev)), for 0 ≤ a &lt; a_prev ≤ 1.
     * Exactly 0 when a_prev = 1, whatever a is (the formula would give 0/0 at a = 1).
     */
    public static double ddpmSigma(double alpha, double alphaPrev) {
        if (alphaPrev == 1.0) {
            return 0.0;
        }
        return Math.sqrt((1.0 - alphaPrev) / (1.0 - alpha) * (1.0 - alpha / alphaPrev));
    }

    /** The coefficients of a step from a to a_prev with noise scale η_n (spec §2.2). */
    public static Coefficients coefficients(double alpha, double alphaPrev, double noiseScale) {
        double sigma = noiseScale * ddpmSigma(alpha, alphaPrev);
        // Clamped at 0: rounding can make it slightly negative when a_prev is near 1 (spec §2.2).
        double direction = Math.sqrt(Math.max(0.0, 1.0 - alphaPrev - sigma * sigma));
        return new Coefficients(Math.sqrt(alphaPrev), direction, sigma);
    }

    /** The DDPM step: {@link #apply} with noise scale 1, the port's meaning of a missing scale (spec §2.2). */
    public static void apply(double[] x, double[] x0, int count, int dim, double alpha, double alphaPrev,
            RandomGenerator noise, double[] out) {
        apply(x, x0, count, dim, alpha, alphaPrev, 1.0, noise, out);
    }

    /**
     * x_next = sqrt(a_prev)·x̂0 + sqrt(max(0, 1 − a_prev − σ²))·ε̂ + σ·z with σ = noiseScale·σ_ddpm and
     * ε̂ = (x − sqrt(a)·x̂0)/sqrt(1 − a); one standard normal z per coordinate, drawn row by row.
     * {@code out} may alias {@code x}.
     *
     * <p>z is drawn for every coordinate even when σ = 0, so the random stream never depends on the
     * values. A zero coefficient contributes nothing at all (not 0·ε̂, which could be NaN), so with
     * a_prev = 1 the result is exactly x̂0.
     */
    public static void apply(double[] x, double[] x0, int count, int dim, double alpha, double alphaPrev,
            double noiseScale, RandomGenerator noise, double[] out) {
        int n = count * dim;
        if (count < 0 || dim < 0 || x.length < n || x0.length < n || out.length < n) {
            throw new IllegalArgumentException("arrays shorter than " + count + "×" + dim);
        }
        Coefficients c = coefficients(alpha, alphaPrev, noiseScale);
        boolean useDirection = c.direction() != 0.0;
        if (useDirection && !(alpha >= 0.0 && alpha < 1.0)) {
            throw new IllegalArgumentException("alpha must lie in [0, 1) when a_prev < 1, got " + alpha);
        }
        boolean useNoise = c.sigma() != 0.0;
        double sqrtA = Math.sqrt(alpha);
        double sqrtOneMinusA = Math.sqrt(1.0 - alpha);
        for (int k = 0; k < n; k++) {
            double z = noise.nextGaussian();
            double v = c.signal() * x0[k];
            if (useDirection) {
                double epsHat = (x[k] - sqrtA * x0[k]) / sqrtOneMinusA;
                v += c.direction() * epsHat;
            }
            if (useNoise) {
                v += c.sigma() * z;
            }
            out[k] = v;
        }
    }
}
