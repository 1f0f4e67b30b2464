package dev.ednag.core.diffusion;

/**
 * Diffusion Evolution's cosine schedule (spec §3.3): the EDNAG cosine table pushed away from 0 and 1,
 * α'[k] = (α[k] + 1e-3)·(1 − 1e-3)/(1 + 1e-3), so it runs from 0.999 to about 9.98e-4.
 */
public final class RescaledCosineSchedule implements AlphaSchedule {

    private static final double SHIFT = 1e-3;

    private final CosineSchedule cosine = new CosineSchedule();

    @Override
    public String name() {
        return "cosine-rescaled";
    }

    @Override
    public double[] alphas(int steps) {
        double[] alpha = cosine.alphas(steps);
        for (int k = 0; k < steps; k++) {
            alpha[k] = (alpha[k] + SHIFT) * (1.0 - SHIFT) / (1.0 + SHIFT);
        }
        return alpha;
    }

    @Override
    public String toString() {
        return name();
    }
}
