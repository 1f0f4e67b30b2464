package dev.ednag.core.optimizer;

import dev.ednag.core.eval.Objective;
import dev.ednag.core.run.RandomStreams;
import dev.ednag.core.space.SearchSpace;
import java.util.Map;

/**
 * One search algorithm behind one contract. An optimizer object holds configuration only and is
 * thread-safe; a run is a pure function of (configuration, random streams, objective values).
 * It stops on its own schedule, or when the objective throws (e.g. a budget is exhausted).
 */
public interface Optimizer {

    /** Short name used in manifests and reports, e.g. {@code ednag}. */
    String name();

    /** Every setting that influences a run, in a stable order, for the run manifest. */
    Map<String, Object> configuration();

    OptimizerOutcome run(SearchSpace space, Objective objective, RandomStreams random, StepListener listener);
}
