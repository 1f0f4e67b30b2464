package dev.ednag.continuous;

/**
 * One generation of a run, kept for pictures and analysis: the population's positions in the
 * problem's coordinates and the fitness each was scored with.
 *
 * @param index     0 for the initial population, then one per step or generation
 * @param positions one row per member
 * @param fitness   one value per member: the fitness it was scored with; Diffusion Evolution's final,
 *                  unscored population carries the fitness of its x̂0 estimates, which rank it
 */
public record Generation(int index, double[][] positions, double[] fitness) {}
