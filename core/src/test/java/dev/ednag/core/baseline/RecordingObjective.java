package dev.ednag.core.baseline;

import dev.ednag.core.eval.BudgetExhaustedException;
import dev.ednag.core.eval.Goal;
import dev.ednag.core.eval.Objective;
import dev.ednag.core.space.Architecture;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * An objective that records every call an optimizer makes, repeats included. After
 * {@code maxCalls} calls it throws {@link BudgetExhaustedException}, so a test can stop an optimizer
 * after a fixed number of steps.
 */
final class RecordingObjective implements Objective {

    private final Goal goal;
    private final ToDoubleFunction<Architecture> f;
    private final int maxCalls;
    private final List<List<String>> calls = new ArrayList<>();
    private final List<double[]> values = new ArrayList<>();

    RecordingObjective(Goal goal, ToDoubleFunction<Architecture> f, int maxCalls) {
        this.goal = goal;
        this.f = f;
        this.maxCalls = maxCalls;
    }

    RecordingObjective(Goal goal, ToDoubleFunction<Architecture> f) {
        this(goal, f, Integer.MAX_VALUE);
    }

    @Override
    public Goal goal() {
        return goal;
    }

    @Override
    public double[] evaluate(List<? extends Architecture> architectures) {
        if (calls.size() == maxCalls) {
            throw new BudgetExhaustedException(maxCalls);
        }
        List<String> keys = new ArrayList<>();
        double[] out = new double[architectures.size()];
        for (int i = 0; i < out.length; i++) {
            keys.add(architectures.get(i).key());
            out[i] = f.applyAsDouble(architectures.get(i));
        }
        calls.add(keys);
        values.add(out.clone());
        return out;
    }

    /** Every call's keys, in call order. */
    List<List<String>> calls() {
        return calls;
    }

    /** Every call's values, in call order. */
    List<double[]> values() {
        return values;
    }

    /** Every key asked for, flattened, repeats included. */
    List<String> keys() {
        List<String> all = new ArrayList<>();
        calls.forEach(all::addAll);
        return all;
    }
}
