package dev.ednag.study.stats;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.commons.math3.distribution.TDistribution;

/** Two-sided 95% quantiles of Student's t, cached because anytime curves ask for the same few often. */
final class StudentT {

    private static final ConcurrentMap<Integer, Double> QUANTILE_975 = new ConcurrentHashMap<>();

    private StudentT() {}

    /** t_{0.975, df}: the multiplier of the standard error in a 95% interval; NaN for df < 1. */
    static double quantile975(int degreesOfFreedom) {
        if (degreesOfFreedom < 1) {
            return Double.NaN;
        }
        // No random generator: the distribution is only used for its inverse CDF.
        return QUANTILE_975.computeIfAbsent(degreesOfFreedom,
                df -> new TDistribution(null, df).inverseCumulativeProbability(0.975));
    }
}
