package dev.ednag.benchmarks.nb201;

import dev.ednag.benchmarks.Metric;
import dev.ednag.benchmarks.MetricTable;
import dev.ednag.core.eval.Goal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Maps the friendly metric names to NB201 table columns per dataset. Only CIFAR-10 has a 200-epoch
 * validation column ({@code cifar10-valid} x-valid); for the other two datasets the best
 * validation signal available is the 12-epoch one, so {@code valid} means that there.
 */
final class Nb201Metrics {

    static final String SUFFIX_12EP = "_12ep";

    /** The aliases, in the order they are listed to users. */
    static final List<String> ALIASES = List.of("test", "valid", "valid12", "test12", "params", "flops");

    // Identifier columns are numbers too, but selecting on them would be meaningless.
    private static final Set<String> IDENTIFIERS = Set.of("index", "op_code", "index" + SUFFIX_12EP,
            "op_code" + SUFFIX_12EP);

    private Nb201Metrics() {
    }

    /** The column {@code alias} stands for on {@code dataset}, or null when it is not an alias. */
    static String aliasColumn(Nb201Dataset dataset, String alias) {
        String p = dataset.columnPrefix();
        boolean cifar10 = dataset == Nb201Dataset.CIFAR10;
        return switch (alias.toLowerCase(Locale.ROOT)) {
            case "test" -> p + "_test";
            case "valid" -> cifar10 ? "cifar10valid_valid" : p + "_valid" + SUFFIX_12EP;
            case "valid12" -> (cifar10 ? "cifar10valid_valid" : p + "_valid") + SUFFIX_12EP;
            case "test12" -> p + "_test" + SUFFIX_12EP;
            case "params" -> "params_" + p + "_M";
            case "flops" -> "flops_" + p + "_M";
            default -> null;
        };
    }

    /** Name beginnings of columns that are minimised (costs, latencies, losses, errors), lower case. */
    static final List<String> MINIMIZED_PREFIXES = List.of("params", "flops", "lat_", "latency", "loss", "error");

    /** Name endings of columns that are minimised, lower case. */
    static final List<String> MINIMIZED_SUFFIXES = List.of("_loss", "_error", "_err", "_latency", "_ms", "_time");

    /**
     * The naming rule: costs, latencies, losses, errors and times are minimised, everything else
     * (accuracies, scores) maximised. A user who names columns otherwise says {@code --minimize}.
     */
    static Goal goalOf(String column) {
        String name = column.toLowerCase(Locale.ROOT);
        boolean minimized = MINIMIZED_PREFIXES.stream().anyMatch(name::startsWith)
                || MINIMIZED_SUFFIXES.stream().anyMatch(name::endsWith);
        return minimized ? Goal.MINIMIZE : Goal.MAXIMIZE;
    }

    /** The numeric columns of {@code table} that can be used as metrics. */
    static List<String> metricColumns(MetricTable table) {
        List<String> columns = new ArrayList<>();
        for (String column : table.columnNames()) {
            if (!IDENTIFIERS.contains(column)) {
                columns.add(column);
            }
        }
        return columns;
    }

    /**
     * Resolves an alias or a raw column name.
     *
     * @throws IllegalArgumentException for unknown names, or an alias whose column the table lacks
     */
    static Metric resolve(MetricTable table, Nb201Dataset dataset, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("no metric name given for " + dataset.id() + "; " + choices(table));
        }
        String column = aliasColumn(dataset, name.strip());
        if (column != null) {
            if (!table.hasColumn(column)) {
                throw new IllegalArgumentException("metric '" + name + "' on " + dataset.id() + " is column '"
                        + column + "', which " + table.source() + " does not have; " + choices(table));
            }
            return new Metric(name.strip().toLowerCase(Locale.ROOT), column, goalOf(column));
        }
        if (table.hasColumn(name) && !IDENTIFIERS.contains(name)) {
            return new Metric(name, name, goalOf(name));
        }
        throw new IllegalArgumentException("unknown metric '" + name + "' for " + dataset.id() + "; "
                + choices(table));
    }

    private static String choices(MetricTable table) {
        return "use an alias (" + String.join(", ", ALIASES) + ") or a column ("
                + String.join(", ", metricColumns(table)) + ")";
    }
}
