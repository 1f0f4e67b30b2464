package dev.ednag.core.diffusion;

/** Evenly spaced values with exact endpoints, as numpy/torch {@code linspace} (used by spec §3). */
final class Linspace {

    private Linspace() {}

    /** {@code n ≥ 2} values from {@code start} to {@code stop}; both endpoints are exact. */
    static double[] of(double start, double stop, int n) {
        requireSteps(n);
        double[] v = new double[n];
        double step = (stop - start) / (n - 1);
        for (int k = 0; k < n; k++) {
            v[k] = start + k * step;
        }
        v[n - 1] = stop;
        return v;
    }

    static void requireSteps(int n) {
        if (n < 2) {
            throw new IllegalArgumentException("a schedule needs at least 2 steps, got " + n);
        }
    }
}
