package dev.ednag.core.optimizer;

/**
 * What one iteration of a population-based optimizer looked like (the paper's curves).
 *
 * @param iteration   0-based iteration
 * @param t           diffusion time step of the iteration (N-1 … 1), or -1 when not applicable
 * @param alpha       α_t, NaN when not applicable
 * @param alphaPrev   α_{t-1}, NaN when not applicable
 * @param stepBestSearch best search value in the evaluated population, in the metric's direction
 *                    (invalid members count as absent)
 * @param meanSearch  mean search value over the population; for a metric to maximise invalid members
 *                    count as 0, as in the reference
 * @param validRate   fraction of genomes that decode to a valid architecture
 * @param uniqueness  distinct valid architectures after selection, divided by the population size
 */
public record StepRecord(
        int iteration, int t, double alpha, double alphaPrev, double stepBestSearch, double meanSearch,
        double validRate, double uniqueness) {}
