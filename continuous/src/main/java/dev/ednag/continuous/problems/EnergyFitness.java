package dev.ednag.continuous.problems;

import dev.ednag.continuous.BatchFitness;

/**
 * The reference's default fitness wrapper, mapping an objective into [0, 1]:
 * {@code (exp(−|obj − target|/(T·s)) − p_min)/(1 − p_min)} with {@code p_min = exp(−D_max/(T·s))}.
 */
public final class EnergyFitness {

    private final BoxedObjective objective;
    private final EnergyScale energy;
    private final double temperature;
    private final double width;
    private final double pMin;

    /**
     * @param temperature T; lower values sharpen the fitness around the target
     */
    public EnergyFitness(BoxedObjective objective, EnergyScale energy, double temperature) {
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be positive and finite, got " + temperature);
        }
        this.objective = objective;
        this.energy = energy;
        this.temperature = temperature;
        this.width = temperature * energy.scale();
        this.pMin = Math.exp(-energy.dMax() / width);
    }

    public BoxedObjective objective() {
        return objective;
    }

    public EnergyScale energy() {
        return energy;
    }

    public double temperature() {
        return temperature;
    }

    /** The fitness at {@code x}. */
    public double value(double[] x) {
        double distance = Math.abs(objective.value(x) - energy.target());
        double fitness = (Math.exp(-distance / width) - pMin) / (1 - pMin);
        // D_max is not always the true largest distance (Rosenbrock's box corner reaches 40025 >
        // 40009, and a maximised function's out-of-box value lies just past D_max), which would
        // give a tiny negative fitness; Diffusion Evolution needs weights of at least 0.
        return Math.max(0, fitness);
    }

    /** This fitness, scored one point at a time. */
    public BatchFitness batch() {
        return BatchFitness.pointwise(this::value);
    }
}
