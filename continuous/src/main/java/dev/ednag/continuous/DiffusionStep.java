package dev.ednag.continuous;

/**
 * One denoising iteration of Diffusion Evolution, in the problem's coordinates (x·scaling).
 *
 * @param iteration  0 for the first iteration
 * @param t          the schedule index the iteration starts from (spec §3.1)
 * @param alpha      α_t
 * @param alphaPrev  α_{t−1}, the level it denoises to
 * @param population the population the iteration scored
 * @param fitness    its fitness
 * @param x0         the fitness-weighted x̂0 estimate of each member
 */
public record DiffusionStep(int iteration, int t, double alpha, double alphaPrev, double[][] population,
        double[] fitness, double[][] x0) {}
