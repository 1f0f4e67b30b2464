package dev.ednag.core.fitness;

/**
 * Energy mapping (spec §4.3). EDNAG's maximises: g_i = exp(f_i/T − max_k f_k/T + 5), so the best
 * individual weighs e^5. Diffusion Evolution's minimises: g_i = exp(5 − (f_i − f_min)/T).
 * The two libraries give the same name opposite signs, hence two named factories.
 */
public final class EnergyMapping implements FitnessMapping {

    /** The exponent of the best individual: it weighs e^5 ≈ 148.41 and the exponent never exceeds it. */
    private static final double TOP_EXPONENT = 5.0;

    private final double temperature;
    private final boolean maximizing;

    private EnergyMapping(double temperature, boolean maximizing) {
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be positive and finite, got " + temperature);
        }
        this.temperature = temperature;
        this.maximizing = maximizing;
    }

    /** EDNAG's Energy: higher fitness weighs more. */
    public static EnergyMapping maximizing(double temperature) {
        return new EnergyMapping(temperature, true);
    }

    /** Diffusion Evolution's Energy: the input is an energy, lower weighs more. */
    public static EnergyMapping minimizing(double temperature) {
        return new EnergyMapping(temperature, false);
    }

    public double temperature() {
        return temperature;
    }

    public boolean isMaximizing() {
        return maximizing;
    }

    @Override
    public String name() {
        return (maximizing ? "energy-max" : "energy-min") + "(T=" + temperature + ")";
    }

    @Override
    public double[] map(double[] fitness) {
        double[] u = new double[fitness.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < u.length; i++) {
            u[i] = (maximizing ? fitness[i] : -fitness[i]) / temperature;
            max = Math.max(max, u[i]);
        }
        for (int i = 0; i < u.length; i++) {
            u[i] = Math.exp(u[i] - max + TOP_EXPONENT);
        }
        return u;
    }
}
