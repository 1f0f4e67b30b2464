package dev.ednag.study.report;

import dev.ednag.core.eval.Goal;
import java.util.Objects;

/**
 * Which metric the optimizers searched on and which one is reported, for one dataset.
 *
 * @param dataset dataset name as in {@code RunRecord.dataset()}
 * @param search  search metric, e.g. {@code valid (cifar10valid_valid)}
 * @param report  report metric, e.g. {@code test (cifar10_test)}
 * @param reportGoal whether larger or smaller report values are better
 */
public record DatasetMetrics(String dataset, String search, String report, Goal reportGoal) {

    public DatasetMetrics {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(reportGoal, "reportGoal");
    }
}
