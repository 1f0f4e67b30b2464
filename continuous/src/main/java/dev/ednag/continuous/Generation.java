package dev.ednag.continuous;

/**
 * One generation of a run, kept for pictures and analysis: the population's positions in the
 * problem's coordinates and the fitness each was scored with.
 *
 * @param index     0 for the initial population, then one per step or generation
 * @param positions one row per member
 * @param fitness   one value per member; for Diffusion Evolution the fitness of the member itself
 */
public record Generation(int index, double[][] positions, double[] fitness) {}
