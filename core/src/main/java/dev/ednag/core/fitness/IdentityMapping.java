package dev.ednag.core.fitness;

/**
 * Identity(λ) (spec §4.2): f ↦ f·exp(−λ·‖f‖²). [QUIRK] The norm runs over the whole fitness
 * vector, so the factor is one scalar for the population and cancels in the estimator; it is not
 * a parameter-space L2 penalty. λ = 0 (the default) is the plain identity.
 */
public final class IdentityMapping implements FitnessMapping {

    private final double lambda;

    public IdentityMapping(double lambda) {
        this.lambda = lambda;
    }

    /** The plain identity, λ = 0. */
    public IdentityMapping() {
        this(0.0);
    }

    public double lambda() {
        return lambda;
    }

    @Override
    public String name() {
        return lambda == 0.0 ? "identity" : "identity(lambda=" + lambda + ")";
    }

    @Override
    public double[] map(double[] fitness) {
        double norm2 = 0.0;
        for (double f : fitness) {
            norm2 += f * f;
        }
        double factor = Math.exp(-lambda * norm2);
        double[] g = new double[fitness.length];
        for (int i = 0; i < g.length; i++) {
            g[i] = fitness[i] * factor;
        }
        return g;
    }
}
