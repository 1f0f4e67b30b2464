package dev.ednag.core.eval;

/**
 * Thrown by {@link BudgetedEvaluator} when a batch needs more evaluations than remain. This ends a
 * run rather than failing an architecture, so failure isolation lets it through.
 */
public final class BudgetExhaustedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long budget;

    public BudgetExhaustedException(long budget) {
        super("evaluation budget of " + budget + " architectures exhausted");
        this.budget = budget;
    }

    /** The budget that was exhausted. */
    public long budget() {
        return budget;
    }
}
