package dev.ednag.study.report;

import java.util.List;
import java.util.Objects;

/**
 * What a study report says about the study before its numbers. Lists rather than maps, so that
 * the order (and hence the report's bytes) is the caller's and never a hash order.
 *
 * @param benchmark       benchmark name, e.g. {@code nb201}
 * @param protocol        {@code oracle} or {@code blackbox}
 * @param datasets        search and report metric per dataset, in the order the report lists datasets
 * @param seeds           the seeds in one line, e.g. {@code 100 fresh seeds 7001..7100 (manifest.json)}
 * @param optimizers      the optimizers in report order; the first is the reference of the paired tests
 * @param notes           caveats, one per item
 * @param totalWallMillis wall time of the whole study
 * @param anchors         numbers from elsewhere to print beside ours, e.g. {@link PublishedAnchors#nb201()}
 */
public record StudyHeader(String benchmark, String protocol, List<DatasetMetrics> datasets, String seeds,
        List<OptimizerSetup> optimizers, List<String> notes, long totalWallMillis, List<Anchor> anchors) {

    public StudyHeader {
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(seeds, "seeds");
        datasets = List.copyOf(datasets);
        optimizers = List.copyOf(optimizers);
        notes = List.copyOf(notes);
        anchors = List.copyOf(anchors);
    }

    /** The metrics of {@code dataset}, or null when the header does not name them. */
    public DatasetMetrics metricsOf(String dataset) {
        for (DatasetMetrics m : datasets) {
            if (m.dataset().equals(dataset)) {
                return m;
            }
        }
        return null;
    }
}
