package dev.ednag.core.baseline;

import java.util.Map;

/**
 * When a baseline ends on its own, without a budget. Budgets belong to the runner; these limits
 * only guarantee that a run without one terminates, e.g. a converged REINFORCE policy that keeps
 * drawing the same, already evaluated architecture.
 *
 * @param maxEvaluations distinct architectures a run may query before it ends (default 1,000,000)
 * @param stallLimit     consecutive draws without a new architecture (repeats, invalid samples)
 *                       after which a run ends (default 10,000)
 */
public record RunLimits(long maxEvaluations, int stallLimit) {

    public static final long DEFAULT_MAX_EVALUATIONS = 1_000_000;
    public static final int DEFAULT_STALL_LIMIT = 10_000;

    public RunLimits {
        if (maxEvaluations < 1) {
            throw new IllegalArgumentException("max evaluations must be at least 1, got " + maxEvaluations);
        }
        if (stallLimit < 1) {
            throw new IllegalArgumentException("stall limit must be at least 1, got " + stallLimit);
        }
    }

    public static RunLimits defaults() {
        return new RunLimits(DEFAULT_MAX_EVALUATIONS, DEFAULT_STALL_LIMIT);
    }

    /** Appends the limits to a configuration map, after the algorithm's own settings. */
    void putInto(Map<String, Object> configuration) {
        configuration.put("maxEvaluations", maxEvaluations);
        configuration.put("stallLimit", stallLimit);
    }
}
