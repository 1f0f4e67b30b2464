package dev.ednag.core.eval;

import dev.ednag.core.space.Architecture;
import java.util.List;
import java.util.Objects;

/** Exposes only the search metric of an {@link Evaluator} to an optimizer. */
public final class SearchObjective implements Objective {

    private final Evaluator evaluator;
    private final Goal goal;

    public SearchObjective(Evaluator evaluator, Goal goal) {
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
        this.goal = Objects.requireNonNull(goal, "goal");
    }

    @Override
    public Goal goal() {
        return goal;
    }

    @Override
    public double[] evaluate(List<? extends Architecture> architectures) {
        List<Evaluation> evaluations = evaluator.evaluate(architectures);
        double[] search = new double[evaluations.size()];
        for (int i = 0; i < search.length; i++) {
            Evaluation e = evaluations.get(i);
            search[i] = e.isOk() ? e.search() : Double.NaN;
        }
        return search;
    }
}
