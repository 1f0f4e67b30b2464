package dev.ednag.core.baseline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of {@link LocalSearch}.
 *
 * @param initialSamples random architectures evaluated before the first climb, which starts from
 *                       the best of them (default 1: White et al. 2020 start from one random
 *                       architecture; NASLib makes this its {@code num_init})
 * @param limits         when a run without a budget ends
 */
public record LocalSearchConfig(int initialSamples, RunLimits limits) {

    public static final int DEFAULT_INITIAL_SAMPLES = 1;

    public LocalSearchConfig {
        Objects.requireNonNull(limits, "limits");
        if (initialSamples < 1) {
            throw new IllegalArgumentException(
                    "local search initial samples must be at least 1, got " + initialSamples);
        }
    }

    public static LocalSearchConfig defaults() {
        return new LocalSearchConfig(DEFAULT_INITIAL_SAMPLES, RunLimits.defaults());
    }

    /** The settings in a stable order, for manifests. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("initialSamples", initialSamples);
        limits.putInto(m);
        return m;
    }
}
