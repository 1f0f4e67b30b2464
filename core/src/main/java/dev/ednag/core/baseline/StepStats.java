package dev.ednag.core.baseline;

import dev.ednag.core.eval.Goal;
import dev.ednag.core.optimizer.StepRecord;

/** Builds the {@link StepRecord} of one iteration of an optimizer with no diffusion time and no alphas. */
public final class StepStats {

    private StepStats() {}

    /**
     * @param values     search values of the iteration's population, NaN where not evaluable
     * @param validRate  fraction of draws that were valid architectures
     * @param uniqueness distinct architectures in the population divided by its size
     */
    public static StepRecord of(int iteration, Goal goal, double[] values, double validRate, double uniqueness) {
        double best = Double.NaN;
        double sum = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sum += v;
                if (goal.isBetter(v, best)) {
                    best = v;
                }
            }
        }
        // Unevaluable members count as 0 in the mean, as in EDNAG's records, so the curves compare.
        double mean = values.length == 0 ? Double.NaN : sum / values.length;
        return new StepRecord(iteration, -1, Double.NaN, Double.NaN, best, mean, validRate, uniqueness);
    }

    public static StepRecord single(int iteration, Goal goal, double value, double validRate) {
        return of(iteration, goal, new double[] {value}, validRate, 1.0);
    }
}
