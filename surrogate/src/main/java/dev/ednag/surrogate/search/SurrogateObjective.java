package dev.ednag.surrogate.search;

import dev.ednag.core.eval.Goal;
import dev.ednag.core.eval.Objective;
import dev.ednag.core.space.Architecture;
import dev.ednag.surrogate.encoding.Encoding;
import dev.ednag.surrogate.model.Predictor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An objective that costs nothing: the real value of an architecture already evaluated, and the
 * current surrogate's predicted mean of any other. It remembers which unevaluated architectures it
 * was asked about, so the run can pick the real evaluations among them. Predictions are cached
 * until the surrogate is replaced. Local to one run; not thread-safe.
 */
final class SurrogateObjective implements Objective {

    /** A cached prediction, in the larger-is-better direction of the training targets. */
    record Prediction(double mean, double sd) {}

    private final Observations seen;
    private final Encoding encoding;
    private final Map<Architecture, Prediction> cache = new HashMap<>();
    private final Set<Architecture> asked = new LinkedHashSet<>();
    private Predictor predictor;

    SurrogateObjective(Observations seen, Predictor predictor) {
        this.seen = seen;
        this.encoding = seen.encoding();
        this.predictor = predictor;
    }

    /** Replaces the surrogate, e.g. after a refit; cached predictions are dropped. */
    void use(Predictor refitted) {
        predictor = refitted;
        cache.clear();
    }

    @Override
    public Goal goal() {
        return seen.goal();
    }

    @Override
    public double[] evaluate(List<? extends Architecture> architectures) {
        Set<Architecture> missing = new LinkedHashSet<>();
        for (Architecture a : architectures) {
            asked.add(a);
            if (!seen.contains(a)) {
                if (!cache.containsKey(a)) {
                    missing.add(a);
                }
            }
        }
        predict(new ArrayList<>(missing));
        double[] out = new double[architectures.size()];
        Goal goal = seen.goal();
        for (int i = 0; i < out.length; i++) {
            Architecture a = architectures.get(i);
            // toMaximized is its own inverse: it turns a larger-is-better prediction back into the metric.
            out[i] = seen.contains(a) ? seen.value(a) : goal.toMaximized(cache.get(a).mean());
        }
        return out;
    }

    /** The predictions of unevaluated architectures, those not cached computed in one batch. */
    List<Prediction> predictions(List<Architecture> architectures) {
        List<Architecture> missing = new ArrayList<>();
        for (Architecture a : architectures) {
            if (!cache.containsKey(a)) {
                missing.add(a);
            }
        }
        predict(missing);
        List<Prediction> out = new ArrayList<>(architectures.size());
        for (Architecture a : architectures) {
            out.add(cache.get(a));
        }
        return out;
    }

    /** The architectures asked about since the last call, evaluated or not, in the order first asked. */
    List<Architecture> drainAsked() {
        List<Architecture> out = new ArrayList<>(asked);
        asked.clear();
        return out;
    }

    private void predict(List<Architecture> batch) {
        if (batch.isEmpty()) {
            return;
        }
        BatchPrediction p = BatchPrediction.of(predictor, encoding, batch);
        for (int i = 0; i < batch.size(); i++) {
            cache.put(batch.get(i), new Prediction(p.mean()[i], p.sd()[i]));
        }
    }
}
