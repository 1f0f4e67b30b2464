package dev.ednag.core.eval;

import dev.ednag.core.space.Architecture;
import java.util.List;
import java.util.Objects;

/**
 * Caps the number of architectures evaluated. Meant to sit below a {@link CachingEvaluator}, so
 * every architecture it sees is new and the budget counts unique evaluations.
 *
 * <p>A batch that fits is forwarded whole. A batch that does not fit has only its first
 * {@link #remaining()} architectures forwarded (so the layers below evaluate, record and journal
 * them and the budget is spent exactly), and then {@link BudgetExhaustedException} is thrown; their
 * results are not returned. With nothing remaining, a non-empty batch throws at once. An empty batch
 * always returns an empty list.
 *
 * <p>Thread-safe: the budget is reserved atomically before forwarding, so concurrent batches never
 * overspend it. Architectures count as used once forwarded, even if the delegate then throws.
 */
public final class BudgetedEvaluator implements Evaluator {

    private final Evaluator delegate;
    private final long budget;
    private long used; // guarded by this

    /** @param budget the maximum number of architectures to forward, at least 0 */
    public BudgetedEvaluator(Evaluator delegate, long budget) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        if (budget < 0) {
            throw new IllegalArgumentException("budget must be >= 0, got " + budget);
        }
        this.budget = budget;
    }

    @Override
    public List<Evaluation> evaluate(List<? extends Architecture> architectures) {
        int requested = architectures.size();
        if (requested == 0) {
            return List.of();
        }
        int granted = reserve(requested);
        if (granted == requested) {
            return delegate.evaluate(architectures);
        }
        if (granted > 0) {
            delegate.evaluate(List.copyOf(architectures.subList(0, granted)));
        }
        throw new BudgetExhaustedException(budget);
    }

    private synchronized int reserve(int requested) {
        int granted = (int) Math.min(requested, budget - used);
        used += granted;
        return granted;
    }

    /** Architectures forwarded so far. */
    public synchronized long used() {
        return used;
    }

    public long budget() {
        return budget;
    }

    public synchronized long remaining() {
        return budget - used;
    }
}
