package dev.ednag.core.evolution;

import java.util.random.RandomGenerator;

/**
 * Polynomial mutation as in the reference (spec §5.1): each individual is mutated with probability
 * {@code rate}; a mutated individual draws ONE u for all its genes [QUIRK: order-preserving, so it
 * never changes an argmax-decoded architecture] unless {@code uPerGene} is set. No clipping, no
 * normalisation (the caller normalises afterwards).
 *
 * <p>The bounds are [−1, 1] in every EDNAG space, even NB101/NB301 whose genomes live in [0, 1]
 * [QUIRK]; pass them explicitly.
 */
public final class PolynomialMutation {

    private final double rate;
    private final double lower;
    private final double upper;
    private final boolean uPerGene;

    /**
     * @param rate     probability that an individual is mutated (0.6 in every EDNAG config)
     * @param lower    lb of the formula
     * @param upper    ub of the formula, &gt; lb
     * @param uPerGene false in the reference: one u per individual
     */
    public PolynomialMutation(double rate, double lower, double upper, boolean uPerGene) {
        if (!(upper > lower)) {
            throw new IllegalArgumentException("need lower < upper, got " + lower + ", " + upper);
        }
        this.rate = rate;
        this.lower = lower;
        this.upper = upper;
        this.uPerGene = uPerGene;
    }

    /** The reference operator: bounds [−1, 1], one u per individual. */
    public static PolynomialMutation reference(double rate) {
        return new PolynomialMutation(rate, -1.0, 1.0, false);
    }

    /**
     * Mutates the {@code count × dim} population in place with distribution index {@code eta}.
     * Random draws, in order: per individual one r (mutate when r ≤ rate), then, for a mutated
     * individual, one u (or {@code dim} of them with {@code uPerGene}).
     */
    public void apply(double[] x, int count, int dim, double eta, RandomGenerator random) {
        if (count < 0 || dim < 0 || x.length < count * dim) {
            throw new IllegalArgumentException("array shorter than " + count + "×" + dim);
        }
        double span = upper - lower;
        double exponent = eta + 1.0;
        double root = 1.0 / exponent;
        for (int i = 0; i < count; i++) {
            if (random.nextDouble() > rate) {
                continue;
            }
            double u = uPerGene ? 0.0 : random.nextDouble();
            for (int k = i * dim; k < (i + 1) * dim; k++) {
                if (uPerGene) {
                    u = random.nextDouble();
                }
                x[k] += delta(x[k], u, span, exponent, root) * span;
            }
        }
    }

    /** The perturbation δ of spec §5.1 for one gene, before scaling by ub − lb. */
    private double delta(double value, double u, double span, double exponent, double root) {
        if (u <= 0.5) {
            double delta1 = (value - lower) / span;
            return Math.pow(2 * u + (1 - 2 * u) * Math.pow(1 - delta1, exponent), root) - 1;
        }
        double delta2 = (upper - value) / span;
        return 1 - Math.pow(2 * (1 - u) + (2 * u - 1) * Math.pow(1 - delta2, exponent), root);
    }
}
