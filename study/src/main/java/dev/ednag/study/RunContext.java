package dev.ednag.study;

import dev.ednag.core.eval.Goal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a run was about, for its manifest: the problem, the protocol, the data and the optimizer.
 *
 * @param space          search space name
 * @param benchmark      benchmark or table name
 * @param dataset        dataset name, or null for a user table
 * @param protocol       {@code oracle} or {@code blackbox}
 * @param searchMetric   column the optimizer saw
 * @param reportMetric   column results are reported on (never shown to the optimizer)
 * @param searchGoal     direction of the search metric
 * @param reportGoal     direction of the report metric
 * @param optimumReport  the best report value in the table, NaN when unknown
 * @param optimumKeys    the architectures attaining it
 * @param dataFiles      data files used, each as a map with name, sha256, rows
 * @param optimizer      optimizer name
 * @param configuration  optimizer configuration
 * @param seed           the run's seed
 * @param budget         unique-architecture budget, 0 for none
 * @param notes          caveats to carry into every output (e.g. "table is a sample")
 * @param evaluator      what scores come from where no table holds them; empty for tables
 */
public record RunContext(
        String space, String benchmark, String dataset, String protocol, String searchMetric, String reportMetric,
        Goal searchGoal, Goal reportGoal, double optimumReport, List<String> optimumKeys,
        List<Map<String, Object>> dataFiles, String optimizer, Map<String, Object> configuration, long seed,
        long budget, List<String> notes, Map<String, Object> evaluator) {

    public RunContext {
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(protocol, "protocol");
        optimumKeys = List.copyOf(optimumKeys);
        dataFiles = List.copyOf(dataFiles);
        notes = List.copyOf(notes);
        evaluator = Collections.unmodifiableMap(new LinkedHashMap<>(evaluator));
    }

    /** True when {@code report} equals the table optimum (compared by value, as the benchmark reports ties). */
    public boolean isOptimum(double report) {
        if (Double.isNaN(report) || Double.isNaN(optimumReport)) {
            return false;
        }
        return Math.abs(report - optimumReport) <= 1e-9 * Math.max(1.0, Math.abs(optimumReport));
    }
}
