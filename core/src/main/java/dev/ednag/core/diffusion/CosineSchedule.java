package dev.ednag.core.diffusion;

/**
 * EDNAG's cosine schedule (spec §3.2): α[k] = (cos(π·k/(N−1)) + 1)/2, running from exactly 1 down to
 * exactly 0, so the first iteration has a = 0 and the last has a_prev = 1. Every EDNAG space uses it.
 */
public final class CosineSchedule implements AlphaSchedule {

    @Override
    public String name() {
        return "cosine";
    }

    @Override
    public double[] alphas(int steps) {
        double[] angle = Linspace.of(0.0, Math.PI, steps);
        double[] alpha = new double[steps];
        for (int k = 0; k < steps; k++) {
            alpha[k] = (Math.cos(angle[k]) + 1.0) / 2.0;
        }
        // The reference hits both ends exactly (spec §3.2); do not rely on cos rounding.
        alpha[0] = 1.0;
        alpha[steps - 1] = 0.0;
        return alpha;
    }

    @Override
    public String toString() {
        return name();
    }
}
