package dev.ednag.core.evolution;

import java.util.random.RandomGenerator;

/**
 * Simulated binary crossover of consecutive pairs (spec §5.2). Defined in the reference but never
 * called there, so EDNAG configurations have it off (rate 0) by default.
 */
public final class SimulatedBinaryCrossover {

    private final double rate;
    private final double eta;

    public SimulatedBinaryCrossover(double rate, double eta) {
        this.rate = rate;
        this.eta = eta;
    }

    /** Recombines pairs (0,1), (2,3), … of the population in place (no normalisation). */
    public void apply(double[] x, int count, int dim, RandomGenerator random) {
        throw new UnsupportedOperationException("TODO");
    }
}
