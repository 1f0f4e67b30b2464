package dev.ednag.core.fitness;

import dev.ednag.core.eval.Goal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * EDNAG's fitness for a loss, where lower is better (spec §4.1, TransNAS room layout):
 * x = 50 + numerator / loss, then ReScale with the given variant. The numerators (2969 micro, 2814
 * macro) put the best loss of each space near x = 100, where ReScale is steepest. A loss that is
 * not positive cannot be an L2 loss and gets f = 0, like an invalid architecture.
 *
 * @param numerator the constant over the loss (loss on the benchmark's ×100 scale)
 * @param variant   the stretch applied to x
 */
public record ReciprocalStretch(double numerator, AccuracyStretch.Variant variant) implements FitnessTransform {

    /** TransNAS-Bench-101 micro room layout. */
    public static final double TNB_MICRO_ROOM_LAYOUT = 2969;
    /** TransNAS-Bench-101 macro room layout. */
    public static final double TNB_MACRO_ROOM_LAYOUT = 2814;

    public ReciprocalStretch {
        if (!(numerator > 0) || Double.isInfinite(numerator)) {
            throw new IllegalArgumentException("numerator must be positive and finite, got " + numerator);
        }
        if (variant == null) {
            throw new NullPointerException("variant");
        }
    }

    @Override
    public Goal goal() {
        return Goal.MINIMIZE;
    }

    @Override
    public double apply(double loss) {
        if (!(loss > 0)) {
            return 0.0;
        }
        return AccuracyStretch.apply(50 + numerator / loss, variant);
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fitness", "stretch(50 + numerator/loss)");
        m.put("fitnessNumerator", numerator);
        m.put("fitnessStretch", variant.name());
        return m;
    }
}
