package dev.ednag.continuous.problems;

/**
 * The constants of the energy wrapper for one benchmark.
 *
 * @param target the objective value sought (the negated box maximum for a maximised function)
 * @param scale  the distance s from the target at which the fitness has fallen by a factor e (at T = 1)
 * @param dMax   the largest distance from the target the wrapper expects; it maps to fitness 0
 */
public record EnergyScale(double target, double scale, double dMax) {

    public EnergyScale {
        if (!Double.isFinite(target) || !(scale > 0) || !(dMax > 0)
                || Double.isInfinite(scale) || Double.isInfinite(dMax)) {
            throw new IllegalArgumentException(
                    "target must be finite and scale and D_max positive and finite, got "
                            + target + ", " + scale + ", " + dMax);
        }
    }
}
