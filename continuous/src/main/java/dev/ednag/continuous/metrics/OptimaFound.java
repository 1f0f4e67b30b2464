package dev.ednag.continuous.metrics;

import dev.ednag.continuous.ContinuousOutcome;
import dev.ednag.continuous.problems.ContinuousProblem;
import java.util.OptionalInt;

/** How many of a problem's known optima a run's final population has reached. */
public final class OptimaFound {

    private OptimaFound() {}

    /**
     * The count of known optima with a final member within {@code radius}, or empty when the
     * problem lists none.
     */
    public static OptionalInt count(ContinuousProblem problem, ContinuousOutcome outcome, double radius) {
        return problem.optima()
                .map(optima -> OptionalInt.of(optima.countFound(outcome.positions(), radius)))
                .orElse(OptionalInt.empty());
    }
}
