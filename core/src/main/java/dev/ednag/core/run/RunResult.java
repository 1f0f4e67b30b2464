package dev.ednag.core.run;

import dev.ednag.core.eval.Evaluation;
import dev.ednag.core.eval.EvaluationStatus;
import dev.ednag.core.eval.Goal;
import dev.ednag.core.optimizer.OptimizerOutcome;
import dev.ednag.core.space.Architecture;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of one run.
 *
 * @param seed         the run's seed
 * @param searchGoal   direction of the search metric, used to rank evaluations
 * @param evaluations  every distinct architecture evaluated, in evaluation order
 * @param trace        one row per optimizer iteration
 * @param outcome      the optimizer's own result; null when the run stopped on its budget
 * @param stopReason   why the run ended
 * @param lookups      architecture look-ups requested by the optimizer, repeats included
 * @param replayed     evaluations served from an existing journal instead of the oracle
 * @param wallMillis   wall-clock time of the run
 */
public record RunResult(
        long seed, Goal searchGoal, List<Evaluation> evaluations, List<TraceRow> trace, OptimizerOutcome outcome,
        StopReason stopReason, long lookups, long replayed, long wallMillis) {

    public RunResult {
        evaluations = List.copyOf(evaluations);
        trace = List.copyOf(trace);
    }

    public long uniqueArchitectures() {
        return evaluations.size();
    }

    /** Distinct architectures the evaluator had no value for (e.g. cells a partial table lacks). */
    public long unevaluable() {
        return evaluations.stream().filter(e -> e.status() == EvaluationStatus.UNEVALUABLE).count();
    }

    /** Distinct architectures whose evaluation failed. */
    public long failed() {
        return evaluations.stream().filter(e -> e.status() == EvaluationStatus.FAILED).count();
    }

    /** The best evaluated architecture by search metric (the first evaluated wins ties). */
    public Optional<Evaluation> incumbent() {
        return top(1).stream().findFirst();
    }

    /** The k best distinct architectures by search metric, ties in evaluation order. */
    public List<Evaluation> top(int k) {
        List<Evaluation> ok = new ArrayList<>();
        for (Evaluation e : evaluations) {
            if (e.isOk()) {
                ok.add(e);
            }
        }
        ok.sort(bySearch()); // stable: evaluation order breaks ties
        return List.copyOf(ok.subList(0, Math.min(k, ok.size())));
    }

    /** The best member of {@code population} by search metric, if any was evaluated successfully. */
    public Optional<Evaluation> bestOf(Collection<? extends Architecture> population) {
        Map<String, Evaluation> byKey = new HashMap<>();
        for (Evaluation e : evaluations) {
            byKey.put(e.key(), e);
        }
        Evaluation best = null;
        for (Architecture a : population) {
            Evaluation e = byKey.get(a.key());
            if (e != null && e.isOk() && (best == null || searchGoal.isBetter(e.search(), best.search()))) {
                best = e;
            }
        }
        return Optional.ofNullable(best);
    }

    private Comparator<Evaluation> bySearch() {
        Comparator<Evaluation> ascending = Comparator.comparingDouble(Evaluation::search);
        return searchGoal == Goal.MAXIMIZE ? ascending.reversed() : ascending;
    }
}
