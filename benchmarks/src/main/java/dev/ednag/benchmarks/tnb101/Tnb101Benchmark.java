package dev.ednag.benchmarks.tnb101;

import dev.ednag.benchmarks.Benchmark;
import dev.ednag.benchmarks.ColumnRangeFitness;
import dev.ednag.benchmarks.DataFile;
import dev.ednag.benchmarks.Metric;
import dev.ednag.benchmarks.MetricTable;
import dev.ednag.benchmarks.Optimum;
import dev.ednag.benchmarks.Protocol;
import dev.ednag.benchmarks.ProtocolMetrics;
import dev.ednag.benchmarks.TableFormatException;
import dev.ednag.benchmarks.TableLoader;
import dev.ednag.benchmarks.TabularOracle;
import dev.ednag.core.eval.Goal;
import dev.ednag.core.fitness.FitnessTransform;
import dev.ednag.core.space.SearchSpace;
import dev.ednag.spaces.tnb101.Tnb101MacroSpace;
import dev.ednag.spaces.tnb101.Tnb101MicroSpace;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * TransNAS-Bench-101, micro (4,096 cells) or macro (3,256 skeletons): final-epoch validation
 * values of seven tasks for every architecture of the space. The data has no test split, so both
 * protocols search and report the same column; every run says so.
 *
 * <p>Metrics per task: {@code valid}, the task's column on the scale the EDNAG paper reports
 * (see {@link Tnb101Task}), or any column of the table by name.
 */
public final class Tnb101Benchmark implements Benchmark {

    /** The names scripts use. */
    public static final String MICRO = "tnb101-micro";
    public static final String MACRO = "tnb101-macro";

    /** Resource names, relative to this class's package. */
    public static final String MICRO_RESOURCE = "tnb101_micro_valid_final.csv.gz";
    public static final String MACRO_RESOURCE = "tnb101_macro_valid_final.csv.gz";

    private static final List<String> ALIASES = List.of("valid");

    private final String name;
    private final boolean micro;
    private final SearchSpace space;
    private final MetricTable table;

    private Tnb101Benchmark(String name, boolean micro, SearchSpace space, MetricTable table) {
        this.name = name;
        this.micro = micro;
        this.space = space;
        this.table = table;
    }

    /** The shipped micro benchmark over {@link Tnb101MicroSpace}. */
    public static Tnb101Benchmark micro() {
        return shipped(true, Tnb101MicroSpace.instance());
    }

    /** The shipped macro benchmark over {@link Tnb101MacroSpace}. */
    public static Tnb101Benchmark macro() {
        return shipped(false, Tnb101MacroSpace.instance());
    }

    /**
     * Reads the shipped table of the micro ({@code micro}) or macro space, checks that it covers
     * exactly {@code space}, and adds the paper-scale columns.
     *
     * @throws UncheckedIOException when the shipped resource is unreadable or does not match the space
     */
    static Tnb101Benchmark shipped(boolean micro, SearchSpace space) {
        Objects.requireNonNull(space, "space");
        String resource = micro ? MICRO_RESOURCE : MACRO_RESOURCE;
        try {
            MetricTable table = TableLoader.loadResource(Tnb101Benchmark.class, resource, space);
            if (table.size() != space.size()) {
                throw new IllegalStateException(resource + " has " + table.size() + " rows, but " + space.name()
                        + " has " + space.size() + " architectures");
            }
            for (Tnb101Task task : Tnb101Task.values()) {
                if (!task.column().equals(task.sourceColumn())) {
                    double[] values = table.column(task.sourceColumn());
                    for (int row = 0; row < values.length; row++) {
                        values[row] *= task.paperScale();
                    }
                    table = table.withColumn(task.column(), values);
                }
            }
            return new Tnb101Benchmark(micro ? MICRO : MACRO, micro, space, table);
        } catch (TableFormatException e) {
            throw new UncheckedIOException("the TransNAS-Bench-101 data shipped with ednag is unreadable: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return String.format(Locale.ROOT, "TransNAS-Bench-101 %s: final-epoch validation metrics of all %,d"
                + " architectures on 7 tasks (no test split)", micro ? "micro (cells)" : "macro (skeletons)", table.size());
    }

    @Override
    public SearchSpace space() {
        return space;
    }

    public MetricTable table() {
        return table;
    }

    /** True for the micro (cell) space. */
    public boolean isMicro() {
        return micro;
    }

    @Override
    public List<String> datasets() {
        return Arrays.stream(Tnb101Task.values()).map(Tnb101Task::id).toList();
    }

    @Override
    public String dataset(String dataset) {
        return Tnb101Task.parse(dataset).id();
    }

    @Override
    public List<String> metricAliases() {
        return ALIASES;
    }

    @Override
    public Metric metric(String dataset, String metricName) {
        Tnb101Task task = Tnb101Task.parse(dataset);
        if (metricName == null || metricName.isBlank()) {
            throw new IllegalArgumentException("no metric name given for " + task.id() + "; " + choices());
        }
        String wanted = metricName.strip();
        if (wanted.equalsIgnoreCase("valid")) {
            return new Metric("valid", task.column(), task.goal());
        }
        if (wanted.toLowerCase(Locale.ROOT).startsWith("test")) {
            throw new IllegalArgumentException("TransNAS-Bench-101 data here has no test split, only final-epoch"
                    + " validation values; use 'valid'");
        }
        if (table.hasColumn(wanted)) {
            Goal goal = wanted.equals(Tnb101Task.ROOM_LAYOUT.column()) ? Goal.MINIMIZE : Goal.MAXIMIZE;
            return new Metric(wanted, wanted, goal);
        }
        throw new IllegalArgumentException("unknown metric '" + metricName + "' for " + task.id() + "; " + choices());
    }

    private String choices() {
        return "use 'valid' or a column (" + String.join(", ", table.columnNames()) + ")";
    }

    /** Both protocols: search and report the task's validation column. */
    @Override
    public ProtocolMetrics defaultMetrics(String dataset, Protocol protocol) {
        Metric valid = metric(dataset, "valid");
        return new ProtocolMetrics(protocol, valid, valid);
    }

    @Override
    public boolean hasTestSplit() {
        return false;
    }

    @Override
    public TabularOracle oracle(String dataset, Metric search, Metric report) {
        Tnb101Task.parse(dataset);
        return new TabularOracle(table, space, search.column(), report.column(), Map.of());
    }

    @Override
    public Optimum optimum(Metric metric) {
        return Optimum.of(table, metric.column(), metric.goal());
    }

    /** The task's EDNAG fitness (spec §4.1) on its paper-scale column; linear over the range for other columns. */
    @Override
    public FitnessTransform fitness(String dataset, Metric search) {
        Tnb101Task task = Tnb101Task.parse(dataset);
        return search.column().equals(task.column()) ? task.fitness(micro) : ColumnRangeFitness.of(table, search);
    }

    @Override
    public List<String> notes(String dataset, Metric search) {
        Tnb101Task task = Tnb101Task.parse(dataset);
        List<String> notes = new ArrayList<>();
        notes.add("TransNAS-Bench-101 values are final-epoch validation values; the paper's tables quote other"
                + " splits, so compare with this table's own optimum");
        if (task == Tnb101Task.SEGMENTSEMANTIC) {
            notes.add("segmentsemantic is pixel accuracy; the paper's mIoU is not in this data");
        }
        if (task == Tnb101Task.ROOM_LAYOUT) {
            notes.add("room_layout is the validation L2 loss x 100, lower is better");
        }
        return notes;
    }

    @Override
    public String source() {
        return table.source();
    }

    @Override
    public List<DataFile> dataFiles() {
        return table.dataFiles();
    }

    @Override
    public String toString() {
        return name + " [" + table.source() + ", " + table.size() + " architectures]";
    }
}
