package dev.ednag.core.fitness;

/**
 * Energy mapping (spec §4.3). EDNAG's maximises: g_i = exp(f_i/T − max_k f_k/T + 5), so the best
 * individual weighs e^5. Diffusion Evolution's minimises: g_i = exp(5 − (f_i − f_min)/T).
 */
public final class EnergyMapping implements FitnessMapping {

    private final double temperature;
    private final boolean maximizing;

    private EnergyMapping(double temperature, boolean maximizing) {
        this.temperature = temperature;
        this.maximizing = maximizing;
    }

    public static EnergyMapping maximizing(double temperature) {
        return new EnergyMapping(temperature, true);
    }

    public static EnergyMapping minimizing(double temperature) {
        return new EnergyMapping(temperature, false);
    }

    @Override
    public String name() {
        return (maximizing ? "energy-max" : "energy-min") + "(T=" + temperature + ")";
    }

    @Override
    public double[] map(double[] fitness) {
        throw new UnsupportedOperationException("TODO");
    }
}
