package dev.ednag.core.diffusion;

/**
 * Diffusion Evolution's DDPM approximation (spec §3.5): α[k] = exp(−β·s_k − γ·s_k²) with
 * s = linspace(1/N, 1, N), β and γ chosen so that α[0] = 1 − eps and α[N−1] = eps.
 */
public final class DdpmSchedule implements AlphaSchedule {

    private final double eps;

    public DdpmSchedule(double eps) {
        if (!(eps > 0 && eps < 1)) {
            throw new IllegalArgumentException("eps must lie in (0, 1), got " + eps);
        }
        this.eps = eps;
    }

    public DdpmSchedule() {
        this(PowerSchedule.DEFAULT_EPS);
    }

    public double eps() {
        return eps;
    }

    /** {@code ddpm}, with {@code (eps=…)} appended only when eps is not the default. */
    @Override
    public String name() {
        return eps == PowerSchedule.DEFAULT_EPS ? "ddpm" : "ddpm(eps=" + ScheduleNames.number(eps) + ")";
    }

    /** The linear coefficient β for {@code steps} steps. */
    public double beta(int steps) {
        double n = steps;
        return (n * n * Math.log(1.0 / (1.0 - eps)) + Math.log(eps)) / (n - 1);
    }

    /** The quadratic coefficient γ for {@code steps} steps. */
    public double gamma(int steps) {
        double n = steps;
        return -n * (n * Math.log(1.0 / (1.0 - eps)) + Math.log(eps)) / (n - 1);
    }

    @Override
    public double[] alphas(int steps) {
        double[] s = Linspace.of(1.0 / steps, 1.0, steps);
        double beta = beta(steps);
        double gamma = gamma(steps);
        double[] alpha = new double[steps];
        for (int k = 0; k < steps; k++) {
            alpha[k] = Math.exp(-beta * s[k] - gamma * s[k] * s[k]);
        }
        return alpha;
    }

    @Override
    public String toString() {
        return name();
    }
}
