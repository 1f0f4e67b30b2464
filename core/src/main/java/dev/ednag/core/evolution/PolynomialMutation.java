package dev.ednag.core.evolution;

import java.util.random.RandomGenerator;

/**
 * Polynomial mutation as in the reference (spec §5.1): each individual is mutated with probability
 * {@code rate}; a mutated individual draws ONE u for all its genes [QUIRK: order-preserving, so it
 * never changes an argmax-decoded architecture] unless {@code uPerGene} is set. No clipping, no
 * normalisation (the caller normalises afterwards).
 */
public final class PolynomialMutation {

    private final double rate;
    private final double lower;
    private final double upper;
    private final boolean uPerGene;

    public PolynomialMutation(double rate, double lower, double upper, boolean uPerGene) {
        this.rate = rate;
        this.lower = lower;
        this.upper = upper;
        this.uPerGene = uPerGene;
    }

    /** Mutates the {@code count × dim} population in place with distribution index {@code eta}. */
    public void apply(double[] x, int count, int dim, double eta, RandomGenerator random) {
        throw new UnsupportedOperationException("TODO");
    }
}
