package dev.ednag.core.eval;

import dev.ednag.core.space.Architecture;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts what passes through: architectures requested and batches (calls). Counts are taken before
 * delegating, so a batch that throws is still counted. Above a {@link CachingEvaluator} it counts
 * lookups including repeats; below it, unique evaluations (the "queries" of NAS papers).
 *
 * <p>Thread-safe.
 */
public final class CountingEvaluator implements Evaluator {

    private final Evaluator delegate;
    private final AtomicLong architectures = new AtomicLong();
    private final AtomicLong batches = new AtomicLong();

    public CountingEvaluator(Evaluator delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public List<Evaluation> evaluate(List<? extends Architecture> architectures) {
        batches.incrementAndGet();
        this.architectures.addAndGet(architectures.size());
        return delegate.evaluate(architectures);
    }

    /** Architectures requested so far, repeats included. */
    public long architectures() {
        return architectures.get();
    }

    /** Calls to {@link #evaluate} so far, empty ones included. */
    public long batches() {
        return batches.get();
    }
}
