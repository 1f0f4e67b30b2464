package dev.ednag.continuous;

import dev.ednag.core.run.RandomStreams;
import java.util.Map;

/**
 * One optimizer for problems in R^d behind one contract, so that Diffusion Evolution and its
 * peers run in the same harness with the same evaluation budget. An optimizer holds configuration
 * only; a run is a pure function of (configuration, random streams, fitness values).
 */
public interface ContinuousOptimizer {

    /** Short name used in tables and files, e.g. {@code de} or {@code cmaes}. */
    String name();

    /** Every setting that influences a run, in a stable order. */
    Map<String, Object> configuration();

    /**
     * Runs once.
     *
     * @param fitness   the fitness to maximise
     * @param dim       the problem's dimension
     * @param random    the run's random streams
     * @param keepTrace whether to keep every generation in {@link ContinuousOutcome#trace()}
     */
    ContinuousOutcome optimize(BatchFitness fitness, int dim, RandomStreams random, boolean keepTrace);
}
