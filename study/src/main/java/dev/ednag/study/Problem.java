package dev.ednag.study;

import dev.ednag.benchmarks.Benchmark;
import dev.ednag.benchmarks.CostOracle;
import dev.ednag.benchmarks.DataFile;
import dev.ednag.benchmarks.Metric;
import dev.ednag.benchmarks.Optimum;
import dev.ednag.benchmarks.Protocol;
import dev.ednag.benchmarks.nb201.Nb201Benchmark;
import dev.ednag.benchmarks.nb201.Nb201Dataset;
import dev.ednag.core.eval.Evaluator;
import dev.ednag.core.eval.Goal;
import dev.ednag.core.fitness.FitnessTransform;
import dev.ednag.core.space.SearchSpace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A search problem ready to run: space, oracle, the search and report metrics the protocol allows,
 * the table optimum, EDNAG's fitness for the search metric, and the caveats every output must carry.
 *
 * @param fitness   EDNAG's default fitness transform for the search metric (spec §4.1)
 * @param evaluator what the oracle computes its scores from where no table holds them (a proxy's
 *                  networks and images); empty for tables and analytic costs
 */
public record Problem(
        SearchSpace space, Evaluator oracle, String benchmark, String dataset, Protocol protocol, Metric search,
        Metric report, Optimum optimum, List<DataFile> dataFiles, FitnessTransform fitness, List<String> notes,
        Map<String, Object> evaluator) {

    /** The benchmark and dataset name of a problem on analytic costs. */
    public static final String ANALYTIC = "analytic";

    public Problem {
        dataFiles = List.copyOf(dataFiles);
        notes = List.copyOf(notes);
        evaluator = Collections.unmodifiableMap(new LinkedHashMap<>(evaluator));
    }

    /**
     * A problem on a tabular benchmark. Metric names may be null (the protocol's defaults). The
     * protocol is enforced: under {@code oracle} the optimizer searches on the report metric; under
     * {@code blackbox} it must search on something else, and not on a test split — unless the table
     * has no test split at all, in which case search and report are the same validation metric and
     * the problem says so.
     *
     * @param displayName the benchmark as outputs should name it (e.g. with a user table's file name)
     * @throws IllegalArgumentException with a one-line explanation when the combination is not allowed
     */
    public static Problem of(Benchmark bench, String dataset, Protocol protocol, String searchMetric,
            String reportMetric, String displayName) {
        return of(bench, dataset, protocol, searchMetric, reportMetric, Set.of(), displayName);
    }

    /**
     * As {@link #of(Benchmark, String, Protocol, String, String, String)}, with the metrics (aliases
     * or columns) that are minimised whatever their name says. The protocol's defaults are resolved
     * only for the metrics not named, so a table without the built-in columns works as long as the
     * user names its own; under {@code oracle} naming one of the two names both.
     *
     * @throws IllegalArgumentException also when a name in {@code minimized} is not a metric of the table
     */
    public static Problem of(Benchmark bench, String dataset, Protocol protocol, String searchMetric,
            String reportMetric, Set<String> minimized, String displayName) {
        String ds = bench.dataset(dataset);
        Set<String> minimizedColumns = new HashSet<>();
        for (String name : minimized) {
            minimizedColumns.add(bench.metric(ds, name).column());
        }
        if (protocol == Protocol.ORACLE && (searchMetric == null) != (reportMetric == null)) {
            String named = searchMetric != null ? searchMetric : reportMetric;
            searchMetric = named;
            reportMetric = named;
        }
        Metric report = directed(reportMetric == null ? bench.defaultMetrics(ds, protocol).report()
                : bench.metric(ds, reportMetric), minimizedColumns);
        Metric search = searchMetric == null
                ? (protocol == Protocol.ORACLE ? report : directed(bench.defaultMetrics(ds, protocol).search(),
                        minimizedColumns))
                : directed(bench.metric(ds, searchMetric), minimizedColumns);
        checkProtocol(protocol, search, report, bench.hasTestSplit());
        List<String> notes = new ArrayList<>(bench.notes(ds, search));
        if (protocol == Protocol.BLACKBOX && !bench.hasTestSplit()) {
            notes.add("this table has no test split: the reported metric is the validation metric searched on");
        }
        return new Problem(bench.space(), bench.oracle(ds, search, report), displayName, ds, protocol, search,
                report, bench.optimum(report), bench.dataFiles(), bench.fitness(ds, search), notes, Map.of());
    }

    private static Metric directed(Metric metric, Set<String> minimizedColumns) {
        return minimizedColumns.contains(metric.column()) ? new Metric(metric.name(), metric.column(), Goal.MINIMIZE)
                : metric;
    }

    /** A problem on a shipped benchmark, named as it is. */
    public static Problem of(Benchmark bench, String dataset, Protocol protocol) {
        return of(bench, dataset, protocol, null, null, bench.name());
    }

    /**
     * A problem on a space's analytic costs ({@code params} or {@code flops}, minimised) for spaces
     * with no accuracy table. The optimum is unknown, so regret and hits are not defined.
     *
     * @throws IllegalArgumentException when the space has no cost model or the metric is unknown
     */
    public static Problem cost(SearchSpace space, String metric, Protocol protocol) {
        CostOracle oracle = new CostOracle(space, metric);
        Metric cost = new Metric(oracle.metric(), oracle.metric(), oracle.goal());
        Optimum unknown = new Optimum(cost.column(), cost.goal(), Double.NaN, List.of());
        List<String> notes = List.of("the objective is the analytic " + oracle.metric() + " count ("
                + oracle.input() + "), not accuracy: it finds the smallest networks; plug in an evaluator of your own"
                + " for accuracy");
        return new Problem(space, oracle, ANALYTIC, ANALYTIC, protocol, cost, cost, unknown, List.of(),
                oracle.fitness(), notes, Map.of());
    }

    /** An NAS-Bench-201 problem; see {@link #of(Benchmark, String, Protocol, String, String, String)}. */
    public static Problem nb201(Nb201Benchmark bench, Nb201Dataset dataset, Protocol protocol, String searchMetric,
            String reportMetric, boolean userTable) {
        return of(bench, dataset.id(), protocol, searchMetric, reportMetric,
                userTable ? "nb201 (user table " + bench.source() + ")" : "nb201");
    }

    private static void checkProtocol(Protocol protocol, Metric search, Metric report, boolean hasTestSplit) {
        if (protocol == Protocol.ORACLE && !search.column().equals(report.column())) {
            throw new IllegalArgumentException("under --protocol oracle the optimizer searches on the report metric ('"
                    + report.column() + "'), not on '" + search.column() + "'; use --protocol blackbox to search on "
                    + "one metric and report another");
        }
        if (protocol == Protocol.BLACKBOX && hasTestSplit) {
            if (search.column().equals(report.column())) {
                throw new IllegalArgumentException("under --protocol blackbox the search metric must differ from the"
                        + " report metric '" + report.column() + "'; use --protocol oracle to search on it");
            }
            if (search.column().toLowerCase(Locale.ROOT).contains("test")) {
                throw new IllegalArgumentException("under --protocol blackbox the optimizer must not search on a test"
                        + " split, and '" + search.column() + "' is one; choose a validation metric such as 'valid'");
            }
        }
    }

    /** The manifest view of the data files. */
    public List<Map<String, Object>> dataFileMaps() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (DataFile f : dataFiles) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", f.name());
            m.put("sha256", f.sha256());
            m.put("rows", f.rows());
            out.add(m);
        }
        return out;
    }

    /** The context of a run of {@code optimizer} on this problem. */
    public RunContext context(String optimizer, Map<String, Object> configuration, long seed, long budget) {
        return new RunContext(space.name(), benchmark, dataset, protocol.id(), search.column(), report.column(),
                search.goal(), report.goal(), optimum.value(), optimum.keys(), dataFileMaps(), optimizer,
                configuration, seed, budget, notes, evaluator);
    }
}
