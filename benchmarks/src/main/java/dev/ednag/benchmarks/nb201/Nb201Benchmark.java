package dev.ednag.benchmarks.nb201;

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
import dev.ednag.spaces.nb201.Nb201Cell;
import dev.ednag.spaces.nb201.Nb201Space;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * NAS-Bench-201 as a tabular benchmark: the metric table (shipped, or a user's), metric names per
 * dataset, default metrics per protocol, oracles and optima.
 *
 * <p>The shipped table ({@link #shipped()}) joins {@code nb201_200ep.csv.gz} (200-epoch columns,
 * named as in the file) and {@code nb201_12ep.csv.gz} (12-epoch columns, suffixed {@code _12ep}).
 * Metric aliases per dataset: {@code test} (200-epoch test), {@code valid} (the best validation signal
 * there is: 200-epoch {@code cifar10valid_valid} on CIFAR-10, 12-epoch validation on the others),
 * {@code valid12}, {@code test12}, {@code params}, {@code flops}; raw column names work too.
 * Instances are immutable and thread-safe.
 */
public final class Nb201Benchmark implements Benchmark {

    /** The name scripts use. */
    public static final String NAME = "nb201";

    /** Resource names, relative to this class's package. */
    public static final String RESOURCE_200EP = "nb201_200ep.csv.gz";
    public static final String RESOURCE_12EP = "nb201_12ep.csv.gz";

    /** The rule that gives a column its direction, in words (tested against {@code Nb201Metrics}). */
    public static final String NAMING_RULE = "columns whose names start with params, flops, lat_, latency, loss or "
            + "error, or end in _loss, _error, _err, _latency, _ms or _time, are minimised (case ignored); all others "
            + "are maximised.";

    /** Suffix of the 12-epoch columns in the shipped table. */
    public static final String SUFFIX_12EP = Nb201Metrics.SUFFIX_12EP;

    private static final Object LOCK = new Object();
    private static volatile Nb201Benchmark shipped;

    private final MetricTable table;

    private Nb201Benchmark(MetricTable table) {
        this.table = table;
    }

    /**
     * The benchmark on the data shipped in this jar, read once on first use and then shared.
     *
     * @throws UncheckedIOException when the shipped resources cannot be read (a broken build)
     */
    public static Nb201Benchmark shipped() {
        Nb201Benchmark result = shipped;
        if (result == null) {
            // Double-checked rather than a holder class, so a failed load is retried and reported
            // with its message each time instead of turning into NoClassDefFoundError.
            synchronized (LOCK) {
                result = shipped;
                if (result == null) {
                    result = loadShipped();
                    shipped = result;
                }
            }
        }
        return result;
    }

    private static Nb201Benchmark loadShipped() {
        Nb201Space space = Nb201Space.instance();
        try {
            // The two files are independent: reading one on a second thread took the table phase of
            // a cold start from about 0.53 s to 0.42 s on two cores (class-loading timeline).
            FutureTask<MetricTable> second = new FutureTask<>(
                    () -> TableLoader.loadResource(Nb201Benchmark.class, RESOURCE_12EP, space));
            Thread reader = new Thread(second, "nb201-12ep-reader");
            reader.setDaemon(true);
            reader.start();
            MetricTable epochs200 = TableLoader.loadResource(Nb201Benchmark.class, RESOURCE_200EP, space);
            MetricTable epochs12 = result(second);
            for (MetricTable part : List.of(epochs200, epochs12)) {
                if (part.size() != Nb201Cell.COUNT) {
                    throw new IllegalStateException(part.source() + " has " + part.size() + " rows, expected "
                            + Nb201Cell.COUNT);
                }
            }
            return new Nb201Benchmark(epochs200.merge(epochs12, SUFFIX_12EP));
        } catch (TableFormatException e) {
            throw new UncheckedIOException("the NAS-Bench-201 data shipped with ednag is unreadable: "
                    + e.getMessage(), e);
        }
    }

    private static MetricTable result(FutureTask<MetricTable> task) throws TableFormatException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the NAS-Bench-201 data", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TableFormatException format) {
                throw format;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * A benchmark on a user's CSV (plain or gzipped) with an {@code arch_str} column of NB201 arch
     * strings. Every key is checked against {@link Nb201Space} (errors name the line). The table may
     * cover only part of the space: other cells evaluate as unevaluable; see {@link #coverage()}.
     */
    public static Nb201Benchmark fromUserTable(Path file) throws TableFormatException {
        return new Nb201Benchmark(TableLoader.load(file, Nb201Space.instance()));
    }

    /**
     * A benchmark on an already built table.
     *
     * @throws IllegalArgumentException when a key is not an NB201 arch string in canonical form
     */
    public static Nb201Benchmark of(MetricTable table) {
        Nb201Space space = Nb201Space.instance();
        for (int row = 0; row < table.size(); row++) {
            String key = table.key(row);
            try {
                space.parse(key);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(table.source() + " row " + row + ": " + e.getMessage(), e);
            }
        }
        return new Nb201Benchmark(table);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "NAS-Bench-201: 200-epoch test, CIFAR-10 200-epoch validation and 12-epoch metrics of all 15,625 cells"
                + " on cifar10, cifar100 and ImageNet16-120";
    }

    @Override
    public List<String> datasets() {
        return Arrays.stream(Nb201Dataset.values()).map(Nb201Dataset::id).toList();
    }

    @Override
    public String dataset(String dataset) {
        return Nb201Dataset.parse(dataset).id();
    }

    @Override
    public List<String> metricAliases() {
        return aliases();
    }

    @Override
    public Metric metric(String dataset, String name) {
        return metric(Nb201Dataset.parse(dataset), name);
    }

    @Override
    public ProtocolMetrics defaultMetrics(String dataset, Protocol protocol) {
        return defaultMetrics(Nb201Dataset.parse(dataset), protocol);
    }

    /** Every dataset has a test split apart from its validation signal. */
    @Override
    public boolean hasTestSplit() {
        return true;
    }

    @Override
    public TabularOracle oracle(String dataset, Metric search, Metric report) {
        return oracle(Nb201Dataset.parse(dataset), search, report);
    }

    /**
     * Accuracies: the dataset's ReScale factor (1.0 / 1.2 / 2.0). Costs and latencies, which the
     * stretch was not made for: linear over the column's range.
     */
    @Override
    public FitnessTransform fitness(String dataset, Metric search) {
        return search.goal() == Goal.MAXIMIZE ? Nb201Dataset.parse(dataset).fitness()
                : ColumnRangeFitness.of(table, search);
    }

    @Override
    public List<String> notes(String dataset, Metric search) {
        List<String> notes = new ArrayList<>();
        if (coverage() < 1.0) {
            notes.add(String.format(Locale.ROOT, "the table covers %d of %d cells; cells outside it are unevaluable",
                    table.size(), space().size()));
        }
        if (search.column().endsWith(SUFFIX_12EP)) {
            notes.add("the search metric comes from the 12-epoch schedule (NATS-Bench hp=12)");
        }
        return notes;
    }

    public MetricTable table() {
        return table;
    }

    @Override
    public Nb201Space space() {
        return Nb201Space.instance();
    }

    /** Where the data came from, e.g. {@code nb201_200ep.csv.gz + nb201_12ep.csv.gz}. */
    @Override
    public String source() {
        return table.source();
    }

    /** The files read, with SHA-256 and row counts, for run manifests. */
    @Override
    public List<DataFile> dataFiles() {
        return table.dataFiles();
    }

    /** Fraction of the 15,625 cells the table has a row for (1.0 for the shipped data). */
    public double coverage() {
        return table.size() / (double) Nb201Cell.COUNT;
    }

    /** The metric aliases: test, valid, valid12, test12, params, flops. */
    public static List<String> aliases() {
        return Nb201Metrics.ALIASES;
    }

    /** The table columns that can serve as metrics (identifier columns such as {@code index} excluded). */
    public List<String> metricColumns() {
        return Nb201Metrics.metricColumns(table);
    }

    /**
     * Resolves a metric alias or column name for {@code dataset}; params and FLOPs are minimised,
     * everything else maximised.
     *
     * @throws IllegalArgumentException for an unknown name (listing aliases and columns), or an alias
     *     whose column this table lacks
     */
    public Metric metric(Nb201Dataset dataset, String name) {
        return Nb201Metrics.resolve(table, Objects.requireNonNull(dataset, "dataset"), name);
    }

    /** Oracle: search and report on {@code test}. Blackbox: search on {@code valid}, report {@code test}. */
    public ProtocolMetrics defaultMetrics(Nb201Dataset dataset, Protocol protocol) {
        Metric report = metric(dataset, "test");
        Metric search = protocol == Protocol.ORACLE ? report : metric(dataset, "valid");
        return new ProtocolMetrics(protocol, search, report);
    }

    /** An oracle with the protocol's default metrics, plus {@code params} and {@code flops} when present. */
    public TabularOracle oracle(Nb201Dataset dataset, Protocol protocol) {
        ProtocolMetrics metrics = defaultMetrics(dataset, protocol);
        return oracle(dataset, metrics.search(), metrics.report());
    }

    /** An oracle on two metric names (aliases or columns), plus {@code params} and {@code flops} when present. */
    public TabularOracle oracle(Nb201Dataset dataset, String searchMetric, String reportMetric) {
        return oracle(dataset, metric(dataset, searchMetric), metric(dataset, reportMetric));
    }

    private TabularOracle oracle(Nb201Dataset dataset, Metric search, Metric report) {
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(report, "report");
        Map<String, String> extras = new LinkedHashMap<>();
        for (String cost : List.of("params", "flops")) {
            String column = Nb201Metrics.aliasColumn(dataset, cost);
            if (table.hasColumn(column)) {
                extras.put(cost, column);
            }
        }
        return new TabularOracle(table, space(), search.column(), report.column(), extras);
    }

    /** The best value of a column and every cell attaining it, ties by exact value. */
    public Optimum optimum(String column, Goal goal) {
        return Optimum.of(table, column, goal);
    }

    /** The optimum of a resolved metric, in its own direction. */
    @Override
    public Optimum optimum(Metric metric) {
        return Optimum.of(table, metric.column(), metric.goal());
    }

    @Override
    public String toString() {
        return "NAS-Bench-201 [" + source() + ", " + table.size() + " cells]";
    }
}
