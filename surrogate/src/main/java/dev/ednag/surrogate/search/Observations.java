package dev.ednag.surrogate.search;

import dev.ednag.core.eval.Goal;
import dev.ednag.core.space.Architecture;
import dev.ednag.surrogate.encoding.Encoding;
import dev.ednag.surrogate.model.TrainingSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a surrogate-assisted run has evaluated for real, with each architecture's features
 * computed once: what the surrogate may learn from. Failed evaluations (NaN) count as evaluated but
 * are never training data. Local to one run; not thread-safe.
 */
final class Observations {

    private final Encoding encoding;
    private final Goal goal;
    private final List<Architecture> architectures = new ArrayList<>();
    private final Map<Architecture, Integer> index = new HashMap<>();
    private double[] values = new double[64];
    private double[] features;
    private int finite;

    Observations(Encoding encoding, Goal goal) {
        this.encoding = encoding;
        this.goal = goal;
        this.features = new double[64 * encoding.dimension()];
    }

    Encoding encoding() {
        return encoding;
    }

    Goal goal() {
        return goal;
    }

    /** Records the search values of a batch; architectures seen before keep their first value. */
    void add(List<? extends Architecture> batch, double[] batchValues) {
        for (int i = 0; i < batch.size(); i++) {
            add(batch.get(i), batchValues[i]);
        }
    }

    void add(Architecture architecture, double value) {
        if (index.containsKey(architecture)) {
            return;
        }
        int n = architectures.size();
        int d = encoding.dimension();
        if (n == values.length) {
            values = Arrays.copyOf(values, 2 * n);
            features = Arrays.copyOf(features, 2 * n * d);
        }
        values[n] = value;
        encoding.encode(architecture, features, n * d);
        index.put(architecture, n);
        architectures.add(architecture);
        if (!Double.isNaN(value)) {
            finite++;
        }
    }

    boolean contains(Architecture architecture) {
        return index.containsKey(architecture);
    }

    /** Architectures evaluated, failed ones included. */
    int size() {
        return architectures.size();
    }

    /** Architectures with a value to learn from. */
    int usable() {
        return finite;
    }

    /** The search value of an evaluated architecture (NaN when it failed). */
    double value(Architecture architecture) {
        Integer i = index.get(architecture);
        if (i == null) {
            throw new IllegalArgumentException(architecture.key() + " has not been evaluated");
        }
        return values[i];
    }

    /** The usable observations, targets turned so that larger is better, every row weighing 1. */
    TrainingSet trainingSet() {
        if (finite == 0) {
            throw new IllegalStateException("no architecture has a value to learn from yet");
        }
        int d = encoding.dimension();
        double[] x = new double[finite * d];
        double[] y = new double[finite];
        for (int i = 0, row = 0; i < architectures.size(); i++) {
            if (!Double.isNaN(values[i])) {
                System.arraycopy(features, i * d, x, row * d, d);
                y[row++] = goal.toMaximized(values[i]);
            }
        }
        return TrainingSet.unweighted(x, finite, d, y);
    }

    /** The {@code k} best evaluated architectures, best first; the earlier evaluated first on ties. */
    List<Architecture> best(int k) {
        Integer[] order = new Integer[architectures.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            double va = values[a];
            double vb = values[b];
            if (goal.isBetter(va, vb)) {
                return -1;
            }
            if (goal.isBetter(vb, va)) {
                return 1;
            }
            return Integer.compare(a, b);
        });
        List<Architecture> out = new ArrayList<>(Math.min(k, order.length));
        for (int i = 0; i < order.length && out.size() < k; i++) {
            if (!Double.isNaN(values[order[i]])) {
                out.add(architectures.get(order[i]));
            }
        }
        return out;
    }
}
