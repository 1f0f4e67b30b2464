package dev.ednag.continuous.problems;

import dev.ednag.continuous.BatchFitness;
import java.util.Optional;

/**
 * A named problem in R^d as the harness runs it.
 *
 * @param name        the registry name, e.g. {@code himmelblau} or {@code rastrigin-32d}
 * @param dim         its dimension
 * @param fitness     the fitness the optimizers maximise (for the benchmark functions, the energy
 *                    wrapper's value in [0, 1])
 * @param scaling     the domain's scale: every optimizer starts from N(0, scaling²) per coordinate
 *                    (Diffusion Evolution's {@code scaling})
 * @param plotLimit   pictures show [−plotLimit, plotLimit]^2
 * @param optima      the known optima, where the function has a list
 * @param description one line for reports
 */
public record ContinuousProblem(String name, int dim, BatchFitness fitness, double scaling, double plotLimit,
        Optional<KnownOptima> optima, String description) {

    public ContinuousProblem {
        if (dim < 1) {
            throw new IllegalArgumentException("dimension must be at least 1, got " + dim);
        }
        if (!(scaling > 0) || !(plotLimit > 0)) {
            throw new IllegalArgumentException("scaling and plot limit must be positive");
        }
    }
}
