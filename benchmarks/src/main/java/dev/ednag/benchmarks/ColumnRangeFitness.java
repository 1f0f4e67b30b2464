package dev.ednag.benchmarks;

import dev.ednag.core.fitness.RangeFitness;

/**
 * EDNAG's fitness for a table metric without a stretch of its own (costs, proxies): linear from the
 * column's worst value (0) to its best (100), so the weights do not depend on the metric's units.
 */
public final class ColumnRangeFitness {

    private ColumnRangeFitness() {}

    /**
     * @throws IllegalArgumentException when the column has fewer than two distinct values
     */
    public static RangeFitness of(MetricTable table, Metric metric) {
        double best = Optimum.of(table, metric.column(), metric.goal()).value();
        double worst = Optimum.of(table, metric.column(), metric.goal().opposite()).value();
        return new RangeFitness(best, worst);
    }
}
