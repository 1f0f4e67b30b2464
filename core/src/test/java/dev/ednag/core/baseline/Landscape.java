package dev.ednag.core.baseline;

import dev.ednag.core.eval.Evaluation;
import dev.ednag.core.eval.Evaluator;
import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.ToyChoiceSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Synthetic objectives on {@link ToyChoiceSpace} keys. */
final class Landscape {

    private Landscape() {}

    /** The option that is best at {@code position} in {@link #additive}. */
    static int target(int position) {
        return 2 - position % 2; // 2, 1, 2, 1, …: never all zeros, so the optimum is valid
    }

    /**
     * Separable: each position adds 1 at its target option and between 0 and 0.4 elsewhere, so the
     * only local optimum under one-position changes is the global one.
     */
    static double additive(Architecture a) {
        String key = a.key();
        double value = 0;
        for (int p = 0; p < key.length(); p++) {
            int option = key.charAt(p) - '0';
            value += option == target(p) ? 1.0 : ((p * 7 + option * 3) % 5) / 10.0;
        }
        return value;
    }

    /** The additive optimum: one point per position. */
    static double additiveOptimum(int positions) {
        return positions;
    }

    /** Unrelated values per key (many local optima). */
    static double rugged(Architecture a) {
        long z = a.key().hashCode() * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 31)) * 0xBF58476D1CE4E5B9L;
        z ^= z >>> 29;
        return (z >>> 11) * 0x1.0p-53;
    }

    /** An oracle whose search and report metrics are both {@code f}. */
    static Evaluator oracle(ToDoubleFunction<Architecture> f) {
        return archs -> {
            List<Evaluation> out = new ArrayList<>(archs.size());
            for (Architecture a : archs) {
                double v = f.applyAsDouble(a);
                out.add(Evaluation.ok(a.key(), v, v, Map.of()));
            }
            return out;
        };
    }
}
