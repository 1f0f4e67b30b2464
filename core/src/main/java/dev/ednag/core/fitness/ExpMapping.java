package dev.ednag.core.fitness;

/**
 * Exp(T, M) (spec §4.2; defined in EDNAG, unused there): f ↦ exp(f/T)/exp(M/T), except that an
 * all-zero input maps to all zeros. Computed as the literal quotient, like the reference.
 */
public final class ExpMapping implements FitnessMapping {

    /** The reference default temperature. */
    public static final double DEFAULT_TEMPERATURE = 50.0;
    /** The reference default reference value M. */
    public static final double DEFAULT_MAX = 100.0;

    private final double temperature;
    private final double max;

    public ExpMapping(double temperature, double max) {
        if (temperature == 0.0 || Double.isNaN(temperature)) {
            throw new IllegalArgumentException("temperature must be non-zero, got " + temperature);
        }
        this.temperature = temperature;
        this.max = max;
    }

    /** Exp(T = 50, M = 100). */
    public ExpMapping() {
        this(DEFAULT_TEMPERATURE, DEFAULT_MAX);
    }

    public double temperature() {
        return temperature;
    }

    public double max() {
        return max;
    }

    @Override
    public String name() {
        return "exp(T=" + temperature + ",M=" + max + ")";
    }

    @Override
    public double[] map(double[] fitness) {
        double[] g = new double[fitness.length];
        boolean allZero = true;
        for (double f : fitness) {
            allZero &= f == 0.0;
        }
        if (allZero) {
            return g;
        }
        double denominator = Math.exp(max / temperature);
        for (int i = 0; i < g.length; i++) {
            g[i] = Math.exp(fitness[i] / temperature) / denominator;
        }
        return g;
    }
}
