package dev.ednag.core.optimizer;

import dev.ednag.core.space.Architecture;
import java.util.List;

/**
 * What an optimizer returns when it finishes its own schedule.
 *
 * @param finalPopulation         the decoded final population (valid members only, with repeats)
 * @param lastEvaluatedPopulation the population evaluated at the start of the last iteration — the
 *                                set the EDNAG reference reports its result from (spec §7)
 * @param iterations              iterations completed
 */
public record OptimizerOutcome(
        List<Architecture> finalPopulation, List<Architecture> lastEvaluatedPopulation, int iterations) {

    public OptimizerOutcome {
        finalPopulation = List.copyOf(finalPopulation);
        lastEvaluatedPopulation = List.copyOf(lastEvaluatedPopulation);
    }
}
