package dev.ednag.continuous;

import java.util.ArrayList;
import java.util.List;

/**
 * What a Diffusion Evolution run ends with, in the problem's coordinates (x·scaling).
 *
 * @param population  the final, denoised population
 * @param x0          the last x̂0 estimate of each member: where the population was heading
 * @param x0Fitness   the fitness of each x̂0 estimate (scored once more, as the reference does)
 * @param evaluations fitness evaluations spent: population × steps
 * @param trace       every iteration, when the run kept them; else empty
 */
public record DiffusionEvolutionResult(double[][] population, double[][] x0, double[] x0Fitness,
        long evaluations, List<DiffusionStep> trace) {

    public DiffusionEvolutionResult {
        trace = List.copyOf(trace);
    }

    /** The index of the x̂0 estimate with the highest fitness (the first on ties). */
    public int bestIndex() {
        int best = 0;
        for (int i = 1; i < x0Fitness.length; i++) {
            if (x0Fitness[i] > x0Fitness[best]) {
                best = i;
            }
        }
        return best;
    }

    /** The best x̂0 estimate. */
    public double[] best() {
        return x0[bestIndex()].clone();
    }

    /**
     * The run as the harness compares it (spec §9.4): members ranked by the fitness of their x̂0,
     * positioned where the final population is; the trace holds each scored population and then
     * the final one, which carries its x̂0 fitness.
     */
    public ContinuousOutcome toOutcome() {
        List<Generation> generations = new ArrayList<>();
        for (DiffusionStep step : trace) {
            generations.add(new Generation(step.iteration(), step.population(), step.fitness()));
        }
        if (!trace.isEmpty()) {
            generations.add(new Generation(trace.size(), population, x0Fitness));
        }
        return new ContinuousOutcome(population, x0Fitness, evaluations, generations);
    }
}
