package dev.ednag.core.baseline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of {@link RandomSearch}.
 *
 * @param batchSize architectures asked for per objective call (default 1). Random search draws
 *                  without looking at results, so the batch size changes only how many evaluations
 *                  can run in parallel, never which architectures are evaluated in what order
 * @param limits    when a run without a budget ends (besides exhausting the space)
 */
public record RandomSearchConfig(int batchSize, RunLimits limits) {

    public RandomSearchConfig {
        Objects.requireNonNull(limits, "limits");
        if (batchSize < 1) {
            throw new IllegalArgumentException("random search batch size must be at least 1, got " + batchSize);
        }
    }

    public static RandomSearchConfig defaults() {
        return new RandomSearchConfig(1, RunLimits.defaults());
    }

    /** The settings in a stable order, for manifests. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("batchSize", batchSize);
        limits.putInto(m);
        return m;
    }
}
