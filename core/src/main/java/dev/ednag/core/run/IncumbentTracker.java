package dev.ednag.core.run;

import dev.ednag.core.eval.Evaluation;
import dev.ednag.core.eval.Goal;
import dev.ednag.core.eval.RecordingEvaluator;

/** Best search value over a recorder's growing list of evaluations, reading only what is new. */
final class IncumbentTracker {

    private final Goal goal;
    private int seen;
    private double best = Double.NaN;

    IncumbentTracker(Goal goal) {
        this.goal = goal;
    }

    /** Scans the evaluations recorded since the last call and returns the best search value so far. */
    double update(RecordingEvaluator recorder) {
        for (Evaluation e : recorder.recordsSince(seen)) {
            seen++;
            if (e.isOk() && goal.isBetter(e.search(), best)) {
                best = e.search();
            }
        }
        return best;
    }
}
