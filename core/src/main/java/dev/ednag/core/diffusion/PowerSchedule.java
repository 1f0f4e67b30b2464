package dev.ednag.core.diffusion;

/**
 * Diffusion Evolution's power schedule (spec §3.4):
 * α[k] = linspace(1 − eps, (eps²)^(1/power), N)[k]^power. Power 1 is the linear schedule of the
 * {@code DiffEvo} class and the two-peak figures. The last value is always eps², not eps.
 */
public final class PowerSchedule implements AlphaSchedule {

    /** The reference default eps. */
    public static final double DEFAULT_EPS = 1e-4;

    private final double power;
    private final double eps;

    public PowerSchedule(double power, double eps) {
        if (!(power > 0) || Double.isInfinite(power)) {
            throw new IllegalArgumentException("power must be positive and finite, got " + power);
        }
        if (!(eps > 0 && eps < 1)) {
            throw new IllegalArgumentException("eps must lie in (0, 1), got " + eps);
        }
        this.power = power;
        this.eps = eps;
    }

    public PowerSchedule(double power) {
        this(power, DEFAULT_EPS);
    }

    /** The linear schedule: power 1, eps 1e-4. */
    public static PowerSchedule linear() {
        return new PowerSchedule(1.0);
    }

    public double power() {
        return power;
    }

    public double eps() {
        return eps;
    }

    /** {@code power(p)}, with {@code ,eps=…} appended only when eps is not the default. */
    @Override
    public String name() {
        String base = "power(" + ScheduleNames.number(power);
        return (eps == DEFAULT_EPS ? base : base + ",eps=" + ScheduleNames.number(eps)) + ")";
    }

    @Override
    public double[] alphas(int steps) {
        double[] alpha = Linspace.of(1.0 - eps, Math.pow(eps * eps, 1.0 / power), steps);
        for (int k = 0; k < steps; k++) {
            alpha[k] = Math.pow(alpha[k], power);
        }
        return alpha;
    }

    @Override
    public String toString() {
        return name();
    }
}
