package dev.ednag.core.baseline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of {@link RegularizedEvolution}. The defaults, population 10 and tournament 3, are the
 * ones the NAS-Bench-201 paper used for its REA baseline (Real et al. 2019 used larger values for
 * far longer searches).
 *
 * @param population  P, members alive at any time (default 10)
 * @param sampleSize  S, members drawn for each tournament (default 3), at most P
 * @param limits      when a run without a budget ends
 */
public record RegularizedEvolutionConfig(int population, int sampleSize, RunLimits limits) {

    public static final int DEFAULT_POPULATION = 10;
    public static final int DEFAULT_SAMPLE_SIZE = 3;

    public RegularizedEvolutionConfig {
        Objects.requireNonNull(limits, "limits");
        if (population < 1) {
            throw new IllegalArgumentException("REA population must be at least 1, got " + population);
        }
        if (sampleSize < 1 || sampleSize > population) {
            throw new IllegalArgumentException("REA tournament sample size must be in 1..population (" + population
                    + "), got " + sampleSize);
        }
    }

    public static RegularizedEvolutionConfig defaults() {
        return new RegularizedEvolutionConfig(DEFAULT_POPULATION, DEFAULT_SAMPLE_SIZE, RunLimits.defaults());
    }

    /** The settings in a stable order, for manifests. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("population", population);
        m.put("sampleSize", sampleSize);
        limits.putInto(m);
        return m;
    }
}
