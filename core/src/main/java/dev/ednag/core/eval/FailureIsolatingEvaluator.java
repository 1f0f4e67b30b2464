package dev.ednag.core.eval;

import dev.ednag.core.space.Architecture;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Turns one architecture's failure into a {@link EvaluationStatus#FAILED} evaluation instead of a
 * failed batch. When the delegate throws for a batch (or breaks the result contract), each
 * architecture is retried alone; one whose evaluation still throws becomes
 * {@link Evaluation#failed}. An OK evaluation whose search value is NaN or infinite also becomes
 * FAILED, so optimizers never rank on it.
 *
 * <p>{@link BudgetExhaustedException} and {@link Error}s propagate: they end the run, not one
 * architecture. Checked exceptions smuggled out of the delegate propagate as well.
 *
 * <p>Thread-safe if the delegate is.
 */
public final class FailureIsolatingEvaluator implements Evaluator {

    private final Evaluator delegate;

    public FailureIsolatingEvaluator(Evaluator delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public List<Evaluation> evaluate(List<? extends Architecture> architectures) {
        if (architectures.isEmpty()) {
            return List.of();
        }
        if (architectures.size() == 1) {
            return List.of(evaluateAlone(architectures.get(0)));
        }
        List<Evaluation> results;
        try {
            results = delegate.evaluate(architectures);
            Batches.requireMatching(delegate, architectures, results);
        } catch (BudgetExhaustedException e) {
            throw e;
        } catch (RuntimeException batchFailure) {
            return isolate(architectures);
        }
        List<Evaluation> checked = new ArrayList<>(results.size());
        for (Evaluation evaluation : results) {
            checked.add(requireFiniteSearch(evaluation));
        }
        return Collections.unmodifiableList(checked);
    }

    private List<Evaluation> isolate(List<? extends Architecture> architectures) {
        List<Evaluation> results = new ArrayList<>(architectures.size());
        for (Architecture architecture : architectures) {
            results.add(evaluateAlone(architecture));
        }
        return Collections.unmodifiableList(results);
    }

    private Evaluation evaluateAlone(Architecture architecture) {
        List<Architecture> single = List.of(architecture);
        try {
            List<Evaluation> result = delegate.evaluate(single);
            Batches.requireMatching(delegate, single, result);
            return requireFiniteSearch(result.get(0));
        } catch (BudgetExhaustedException e) {
            throw e;
        } catch (RuntimeException failure) {
            return Evaluation.failed(architecture.key(), describe(failure));
        }
    }

    private static Evaluation requireFiniteSearch(Evaluation evaluation) {
        if (evaluation.isOk() && !Double.isFinite(evaluation.search())) {
            return Evaluation.failed(evaluation.key(), "non-finite search value " + evaluation.search());
        }
        return evaluation;
    }

    private static String describe(RuntimeException failure) {
        String type = failure.getClass().getSimpleName();
        if (type.isEmpty()) {
            type = failure.getClass().getName();
        }
        return failure.getMessage() == null ? type : type + ": " + failure.getMessage();
    }
}
