package dev.ednag.core.eval;

import dev.ednag.core.space.Architecture;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Keeps every evaluation it returns, in the order returned; below a cache this is the run's list of
 * unique evaluations, from which incumbent trajectories are computed.
 *
 * <p>Thread-safe. Each batch's results are appended together, so concurrent batches never
 * interleave within a batch.
 */
public final class RecordingEvaluator implements Evaluator {

    private final Evaluator delegate;
    private final List<Evaluation> records = new ArrayList<>(); // guarded by itself

    public RecordingEvaluator(Evaluator delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public List<Evaluation> evaluate(List<? extends Architecture> architectures) {
        List<Evaluation> results = delegate.evaluate(architectures);
        synchronized (records) {
            records.addAll(results);
        }
        return results;
    }

    /** The evaluations returned since the first {@code from}, as an unmodifiable snapshot. */
    public List<Evaluation> recordsSince(int from) {
        synchronized (records) {
            return List.copyOf(records.subList(Math.min(from, records.size()), records.size()));
        }
    }

    /** How many evaluations have been returned so far. */
    public int size() {
        synchronized (records) {
            return records.size();
        }
    }

    /** An unmodifiable snapshot of all evaluations returned so far. */
    public List<Evaluation> records() {
        synchronized (records) {
            return List.copyOf(records);
        }
    }
}
