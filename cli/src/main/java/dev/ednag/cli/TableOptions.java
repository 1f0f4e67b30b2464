package dev.ednag.cli;

import dev.ednag.benchmarks.Benchmark;
import dev.ednag.benchmarks.Protocol;
import dev.ednag.benchmarks.TableFormatException;
import dev.ednag.benchmarks.nb201.Nb201Benchmark;
import dev.ednag.study.Problem;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * The options that choose what a table run searches and reports: a user's own NB201 table and the
 * metrics, by alias or by any numeric column, with their direction. Shared by {@code generate} and
 * {@code study}, so a user's table works the same way in both.
 */
final class TableOptions {

    @Option(names = "--table", paramLabel = "FILE",
            description = "Use your own NB201 table (CSV or CSV.gz: a header with arch_str and any numeric columns;"
                    + " rows for part of the space are fine, the other cells are unevaluable and counted) instead "
                    + "of the built-in one.")
    Path table;

    @Option(names = "--search-metric", paramLabel = "NAME",
            description = "Metric the optimizer searches on, an alias or any numeric column, in its own direction "
                    + "(default: the protocol's; params for spaces searched on their cost).")
    String searchMetric;

    @Option(names = "--report-metric", paramLabel = "NAME",
            description = "Metric results are reported on (default: test). Under --protocol oracle, naming one of "
                    + "the two metrics names both.")
    String reportMetric;

    @Option(names = "--minimize", paramLabel = "NAME", split = ",",
            description = "Metrics to minimise whatever their name. Without it, " + Nb201Benchmark.NAMING_RULE)
    List<String> minimize;

    /** Whether the user named anything a table run reads. */
    boolean anySet() {
        return table != null || searchMetric != null || reportMetric != null || minimize != null;
    }

    Set<String> minimized() {
        return minimize == null ? Set.of() : new LinkedHashSet<>(minimize.stream().map(String::strip).toList());
    }

    /** The user's table as a benchmark. */
    Nb201Benchmark userTable() {
        try {
            return Nb201Benchmark.fromUserTable(table);
        } catch (TableFormatException | IllegalArgumentException e) {
            throw new InputException("--table: " + e.getMessage(), e);
        }
    }

    /** The problem of {@code dataset} on {@code bench} with these metrics, named {@code displayName}. */
    Problem problem(Benchmark bench, String dataset, Protocol protocol, String displayName) {
        for (String name : minimized()) {
            InputException.parsing(() -> bench.metric(dataset, name), "--minimize");
        }
        return InputException.parsing(() -> Problem.of(bench, dataset, protocol, searchMetric, reportMetric,
                minimized(), displayName), null);
    }

    /** How outputs name a run on the user's table. */
    static String displayName(Nb201Benchmark bench) {
        return "nb201 (user table " + bench.source() + ")";
    }
}
