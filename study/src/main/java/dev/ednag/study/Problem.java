package dev.ednag.study;

import dev.ednag.benchmarks.DataFile;
import dev.ednag.benchmarks.Metric;
import dev.ednag.benchmarks.Optimum;
import dev.ednag.benchmarks.Protocol;
import dev.ednag.benchmarks.ProtocolMetrics;
import dev.ednag.benchmarks.nb201.Nb201Benchmark;
import dev.ednag.benchmarks.nb201.Nb201Dataset;
import dev.ednag.core.eval.Evaluator;
import dev.ednag.core.space.SearchSpace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A search problem ready to run: space, oracle, the search and report metrics the protocol allows,
 * the table optimum, and the caveats every output must carry.
 *
 * @param fitnessFactor EDNAG's default scale for the search metric (spec §4.1 dataset factors)
 */
public record Problem(
        SearchSpace space, Evaluator oracle, String benchmark, String dataset, Protocol protocol, Metric search,
        Metric report, Optimum optimum, List<DataFile> dataFiles, double fitnessFactor, List<String> notes) {

    public Problem {
        dataFiles = List.copyOf(dataFiles);
        notes = List.copyOf(notes);
    }

    /**
     * An NAS-Bench-201 problem. Metric names may be null (the protocol's defaults). The protocol is
     * enforced: under {@code oracle} the optimizer searches on the report metric; under
     * {@code blackbox} it must search on something else, and not on a test split.
     *
     * @throws IllegalArgumentException with a one-line explanation when the combination is not allowed
     */
    public static Problem nb201(Nb201Benchmark bench, Nb201Dataset dataset, Protocol protocol, String searchMetric,
            String reportMetric, boolean userTable) {
        ProtocolMetrics defaults = bench.defaultMetrics(dataset, protocol);
        Metric report = reportMetric == null ? defaults.report() : bench.metric(dataset, reportMetric);
        Metric search = searchMetric == null
                ? (protocol == Protocol.ORACLE ? report : defaults.search())
                : bench.metric(dataset, searchMetric);
        checkProtocol(protocol, search, report);
        List<String> notes = new ArrayList<>();
        if (bench.coverage() < 1.0) {
            notes.add(String.format(Locale.ROOT,
                    "the table covers %d of %d cells; cells outside it are unevaluable",
                    bench.table().size(), bench.space().size()));
        }
        if (search.column().endsWith("_12ep")) {
            notes.add("the search metric comes from the 12-epoch schedule (NATS-Bench hp=12)");
        }
        return new Problem(bench.space(), bench.oracle(dataset, search.column(), report.column()),
                userTable ? "nb201 (user table " + bench.source() + ")" : "nb201", dataset.id(), protocol, search,
                report, bench.optimum(report), bench.dataFiles(), dataset.fitnessFactor(), notes);
    }

    private static void checkProtocol(Protocol protocol, Metric search, Metric report) {
        if (protocol == Protocol.ORACLE && !search.column().equals(report.column())) {
            throw new IllegalArgumentException("under --protocol oracle the optimizer searches on the report metric ('"
                    + report.column() + "'), not on '" + search.column() + "'; use --protocol blackbox to search on "
                    + "one metric and report another");
        }
        if (protocol == Protocol.BLACKBOX) {
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
                configuration, seed, budget, notes);
    }
}
