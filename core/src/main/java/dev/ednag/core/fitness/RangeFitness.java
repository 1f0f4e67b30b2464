package dev.ednag.core.fitness;

import dev.ednag.core.eval.Goal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A linear fitness for metrics with no EDNAG stretch of their own (parameter counts, FLOPs, a
 * user's evaluator): {@code best} maps to 100, {@code worst} to 0, and anything worse than
 * {@code worst} to 0. The direction follows from which end is better. With Energy at T = 1, one
 * percent of the range then weighs e⁻¹, about as greedy as ReScale is on accuracies.
 *
 * @param best  a good value of the metric, e.g. the smallest of a random sample for a cost
 * @param worst a poor value, e.g. the largest of that sample
 */
public record RangeFitness(double best, double worst) implements FitnessTransform {

    public RangeFitness {
        if (!Double.isFinite(best) || !Double.isFinite(worst) || best == worst) {
            throw new IllegalArgumentException("best and worst must be finite and differ, got " + best + " and "
                    + worst);
        }
    }

    @Override
    public Goal goal() {
        return best > worst ? Goal.MAXIMIZE : Goal.MINIMIZE;
    }

    @Override
    public double apply(double raw) {
        return Math.max(0.0, 100.0 * (raw - worst) / (best - worst));
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fitness", "100*(raw-worst)/(best-worst), floored at 0");
        m.put("fitnessBest", best);
        m.put("fitnessWorst", worst);
        return m;
    }
}
