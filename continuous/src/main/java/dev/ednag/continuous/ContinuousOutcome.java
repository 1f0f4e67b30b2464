package dev.ednag.continuous;

import java.util.List;

/**
 * What one run of a continuous optimizer ends with.
 *
 * @param positions      the final population, one row per member, in the problem's coordinates
 * @param rankingFitness the fitness each member is ranked by: for Diffusion Evolution that of its
 *                       final x̂0 estimate (spec §9.4), for the peers its own
 * @param evaluations    fitness evaluations the run spent, counting every point scored
 * @param trace          the generations in order, when the run was asked to keep them; else empty
 */
public record ContinuousOutcome(double[][] positions, double[] rankingFitness, long evaluations,
        List<Generation> trace) {

    public ContinuousOutcome {
        if (positions.length != rankingFitness.length) {
            throw new IllegalArgumentException(
                    positions.length + " positions but " + rankingFitness.length + " fitness values");
        }
        trace = List.copyOf(trace);
    }
}
