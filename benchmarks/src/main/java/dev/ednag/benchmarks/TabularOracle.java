package dev.ednag.benchmarks;

import dev.ednag.core.eval.Evaluation;
import dev.ednag.core.eval.Evaluator;
import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.SearchSpace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An {@link Evaluator} that looks architectures up in a {@link MetricTable}: one row lookup by key,
 * no computation. Architectures missing from the table, or without a search value, come back
 * {@code UNEVALUABLE} with the reason. Read-only after construction, hence thread-safe.
 */
public final class TabularOracle implements Evaluator {

    private final MetricTable table;
    private final SearchSpace space;
    private final String searchColumn;
    private final String reportColumn;
    private final double[] search;
    private final double[] report;
    private final String[] extraNames;
    private final double[][] extras;

    /**
     * @param table the data
     * @param space when not null, used to tell "not an architecture of this space" apart from
     *     "not in the table" in the reasons given
     * @param searchColumn the column the optimizer may see
     * @param reportColumn the column results are reported on
     * @param extraColumns further metrics to attach, as stable metric name → column
     *     (e.g. {@code "params" → "params_cifar10_M"}); iteration order is kept
     * @throws IllegalArgumentException when a column is not in the table
     */
    public TabularOracle(MetricTable table, SearchSpace space, String searchColumn, String reportColumn,
            Map<String, String> extraColumns) {
        this.table = Objects.requireNonNull(table, "table");
        this.space = space;
        this.searchColumn = Objects.requireNonNull(searchColumn, "searchColumn");
        this.reportColumn = Objects.requireNonNull(reportColumn, "reportColumn");
        // Own copies of the columns: a lookup is then two array reads, no map access.
        this.search = table.column(searchColumn);
        this.report = table.column(reportColumn);
        Map<String, String> extraCopy = new LinkedHashMap<>(extraColumns == null ? Map.of() : extraColumns);
        this.extraNames = extraCopy.keySet().toArray(String[]::new);
        this.extras = new double[extraNames.length][];
        for (int i = 0; i < extraNames.length; i++) {
            extras[i] = table.column(Objects.requireNonNull(extraCopy.get(extraNames[i]), extraNames[i]));
        }
    }

    /** Evaluates without a search space and without extra metrics. */
    public TabularOracle(MetricTable table, String searchColumn, String reportColumn) {
        this(table, null, searchColumn, reportColumn, Map.of());
    }

    @Override
    public List<Evaluation> evaluate(List<? extends Architecture> architectures) {
        List<Evaluation> out = new ArrayList<>(architectures.size());
        for (Architecture architecture : architectures) {
            out.add(evaluate(Objects.requireNonNull(architecture, "architecture").key()));
        }
        return out;
    }

    /** The evaluation of the architecture with canonical key {@code key}. */
    public Evaluation evaluate(String key) {
        int row = table.row(key);
        if (row < 0) {
            return Evaluation.unevaluable(key, missingReason(key));
        }
        double value = search[row];
        if (Double.isNaN(value)) {
            return Evaluation.unevaluable(key, "no value for '" + searchColumn + "' in table " + table.source());
        }
        Map<String, Double> metrics = new LinkedHashMap<>(extraNames.length * 2);
        for (int i = 0; i < extraNames.length; i++) {
            metrics.put(extraNames[i], extras[i][row]);
        }
        return Evaluation.ok(key, value, report[row], metrics);
    }

    private String missingReason(String key) {
        if (space != null) {
            try {
                space.parse(key);
            } catch (IllegalArgumentException e) {
                return "not a " + space.name() + " architecture, so not in table " + table.source();
            }
        }
        return "not in table " + table.source();
    }

    public MetricTable table() {
        return table;
    }

    public String searchColumn() {
        return searchColumn;
    }

    public String reportColumn() {
        return reportColumn;
    }

    /** The extra metric names in the order they appear in each evaluation. */
    public List<String> extraMetricNames() {
        return List.of(extraNames);
    }
}
