package dev.ednag.core.baseline;

import dev.ednag.core.eval.Goal;
import dev.ednag.core.space.Architecture;
import java.util.ArrayList;
import java.util.List;

/**
 * The few best distinct architectures seen by a run, best first; an earlier one stays ahead of a
 * later one with the same value. Unevaluable architectures (NaN) are never kept.
 */
final class BestFew {

    /** How many architectures an outcome of random or local search reports. */
    static final int SIZE = 10;

    private final Goal goal;
    private final List<Scored> best = new ArrayList<>(SIZE + 1);

    BestFew(Goal goal) {
        this.goal = goal;
    }

    void offer(Architecture architecture, double value) {
        if (Double.isNaN(value)) {
            return;
        }
        int at = best.size();
        for (int i = 0; i < best.size(); i++) {
            if (best.get(i).architecture().equals(architecture)) {
                return;
            }
            if (at == best.size() && goal.isBetter(value, best.get(i).value())) {
                at = i;
            }
        }
        if (at < SIZE) {
            best.add(at, new Scored(architecture, value));
            if (best.size() > SIZE) {
                best.remove(SIZE);
            }
        }
    }

    void offerAll(List<? extends Architecture> architectures, double[] values) {
        for (int i = 0; i < values.length; i++) {
            offer(architectures.get(i), values[i]);
        }
    }

    List<Architecture> architectures() {
        List<Architecture> out = new ArrayList<>(best.size());
        for (Scored s : best) {
            out.add(s.architecture());
        }
        return out;
    }
}
