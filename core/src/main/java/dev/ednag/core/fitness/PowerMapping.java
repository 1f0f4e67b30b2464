package dev.ednag.core.fitness;

/** Power(p, T) (spec §4.2): f ↦ (f/T)^p. */
public final class PowerMapping implements FitnessMapping {

    private final double power;
    private final double temperature;

    public PowerMapping(double power, double temperature) {
        if (temperature == 0.0 || Double.isNaN(temperature)) {
            throw new IllegalArgumentException("temperature must be non-zero, got " + temperature);
        }
        this.power = power;
        this.temperature = temperature;
    }

    /** Power(p) with T = 1. */
    public PowerMapping(double power) {
        this(power, 1.0);
    }

    public double power() {
        return power;
    }

    public double temperature() {
        return temperature;
    }

    @Override
    public String name() {
        return "power(p=" + power + ",T=" + temperature + ")";
    }

    @Override
    public double[] map(double[] fitness) {
        double[] g = new double[fitness.length];
        for (int i = 0; i < g.length; i++) {
            g[i] = Math.pow(fitness[i] / temperature, power);
        }
        return g;
    }
}
