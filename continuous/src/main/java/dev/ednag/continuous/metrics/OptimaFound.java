package dev.ednag.continuous.metrics;

import dev.ednag.continuous.ContinuousOutcome;
import dev.ednag.continuous.problems.ContinuousProblem;
import java.util.OptionalInt;

/** How many of a problem's known optima a run's final population has reached. */
public final class OptimaFound {

    /** The spec's mode coverage: an optimum is held by at least 5 final members within 0.5. */
    public static final double HELD_RADIUS = 0.5;
    public static final int HELD_MEMBERS = 5;

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

    /**
     * The count of known optima held by at least {@link #HELD_MEMBERS} final members within
     * {@link #HELD_RADIUS} (spec §10.3), or empty when the problem lists none.
     */
    public static OptionalInt held(ContinuousProblem problem, ContinuousOutcome outcome) {
        return problem.optima()
                .map(optima -> OptionalInt.of(optima.countHeld(outcome.positions(), HELD_RADIUS, HELD_MEMBERS)))
                .orElse(OptionalInt.empty());
    }
}
