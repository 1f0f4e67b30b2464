package dev.ednag.core.optimizer;

/**
 * What one iteration of a population-based optimizer looked like (the paper's curves).
 *
 * @param iteration   0-based iteration
 * @param t           diffusion time step of the iteration (N-1 … 1), or -1 when not applicable
 * @param alpha       α_t, NaN when not applicable
 * @param alphaPrev   α_{t-1}, NaN when not applicable
 * @param maxSearch   best search value in the evaluated population (invalid members count as absent)
 * @param meanSearch  mean search value over the population, invalid members counting as 0 as in the reference
 * @param validRate   fraction of genomes that decode to a valid architecture
 * @param uniqueness  distinct valid architectures after selection, divided by the population size
 */
public record StepRecord(
        int iteration, int t, double alpha, double alphaPrev, double maxSearch, double meanSearch,
        double validRate, double uniqueness) {}
