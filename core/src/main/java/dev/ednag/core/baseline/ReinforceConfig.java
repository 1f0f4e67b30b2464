package dev.ednag.core.baseline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of {@link Reinforce}.
 *
 * @param learningRate     Adam step size on the policy's logits (default 0.01, the value the
 *                         NAS-Bench-201 authors use in NATS-Bench; their NAS-Bench-201 scripts used
 *                         0.001, which barely moves the policy within a few hundred queries)
 * @param baselineMomentum momentum of the exponential moving-average reward baseline, in [0, 1)
 *                         (default 0.9, as in NAS-Bench-201)
 * @param limits           when a run without a budget ends
 */
public record ReinforceConfig(double learningRate, double baselineMomentum, RunLimits limits) {

    public static final double DEFAULT_LEARNING_RATE = 0.01;
    public static final double DEFAULT_BASELINE_MOMENTUM = 0.9;

    public ReinforceConfig {
        Objects.requireNonNull(limits, "limits");
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException(
                    "REINFORCE learning rate must be positive and finite, got " + learningRate);
        }
        if (!(baselineMomentum >= 0 && baselineMomentum < 1)) {
            throw new IllegalArgumentException(
                    "REINFORCE baseline momentum must be in [0, 1), got " + baselineMomentum);
        }
    }

    public static ReinforceConfig defaults() {
        return new ReinforceConfig(DEFAULT_LEARNING_RATE, DEFAULT_BASELINE_MOMENTUM, RunLimits.defaults());
    }

    /** The settings in a stable order, for manifests. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("learningRate", learningRate);
        m.put("baselineMomentum", baselineMomentum);
        m.put("policyOptimizer", "adam(beta1=" + Adam.BETA1 + ", beta2=" + Adam.BETA2 + ", eps=" + Adam.EPSILON + ")");
        limits.putInto(m);
        return m;
    }
}
