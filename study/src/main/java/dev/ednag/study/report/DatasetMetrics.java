package dev.ednag.study.report;

import java.util.Objects;

/**
 * Which metric the optimizers searched on and which one is reported, for one dataset.
 *
 * @param dataset dataset name as in {@code RunRecord.dataset()}
 * @param search  search metric, e.g. {@code valid (cifar10valid_valid)}
 * @param report  report metric, e.g. {@code test (cifar10_test)}
 */
public record DatasetMetrics(String dataset, String search, String report) {

    public DatasetMetrics {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(report, "report");
    }
}
