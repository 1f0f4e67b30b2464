package dev.ednag.core.run;

import dev.ednag.core.eval.Evaluation;
import dev.ednag.core.eval.Goal;
import java.util.List;

/** Best search value over a growing, append-only list of evaluations, scanned incrementally. */
final class IncumbentTracker {

    private final Goal goal;
    private int seen;
    private double best = Double.NaN;

    IncumbentTracker(Goal goal) {
        this.goal = goal;
    }

    /** Scans the evaluations appended since the last call and returns the best search value so far. */
    double update(List<Evaluation> evaluations) {
        for (; seen < evaluations.size(); seen++) {
            Evaluation e = evaluations.get(seen);
            if (e.isOk() && goal.isBetter(e.search(), best)) {
                best = e.search();
            }
        }
        return best;
    }
}
