package dev.ednag.benchmarks.samples;

import dev.ednag.benchmarks.Benchmark;
import dev.ednag.benchmarks.ColumnRangeFitness;
import dev.ednag.benchmarks.DataFile;
import dev.ednag.benchmarks.Metric;
import dev.ednag.benchmarks.MetricTable;
import dev.ednag.benchmarks.Optimum;
import dev.ednag.benchmarks.Protocol;
import dev.ednag.benchmarks.ProtocolMetrics;
import dev.ednag.benchmarks.TableFormatException;
import dev.ednag.benchmarks.TableKey;
import dev.ednag.benchmarks.TableLoader;
import dev.ednag.benchmarks.TabularOracle;
import dev.ednag.core.eval.Goal;
import dev.ednag.core.fitness.FitnessTransform;
import dev.ednag.core.fitness.ScaledStretch;
import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.SampledSpace;
import dev.ednag.core.space.SearchSpace;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A benchmark whose table is a small sample of a huge space (the NAS-Bench-101 and -301 tables
 * here). Random genomes of the full space almost never land on a sampled architecture, so the
 * space searched is the sample itself ({@link SampledSpace}: a genome decodes to the nearest
 * sampled architecture). One dataset, CIFAR-10, one accuracy column and no test split; the
 * zero-cost proxy columns of the data are metrics too. Every run says it searched a sample.
 */
public final class SampleBenchmark implements Benchmark {

    /** The only dataset of the samples. */
    public static final String DATASET = "cifar10";

    private static final List<String> ALIASES = List.of("valid", "params", "flops");
    private static final Set<String> IDENTIFIERS = Set.of("naslib_idx");

    private final String name;
    private final String description;
    private final SampledSpace space;
    private final MetricTable table;
    private final String validColumn;
    private final String sampleNote;

    private SampleBenchmark(String name, String description, SampledSpace space, MetricTable table, String validColumn,
            String sampleNote) {
        this.name = name;
        this.description = description;
        this.space = space;
        this.table = table;
        this.validColumn = validColumn;
        this.sampleNote = sampleNote;
    }

    /**
     * Reads a shipped sample table keyed by {@code key} and builds the sampled space over the rows
     * {@code underlying} can express (all of them, unless it is a restricted variant).
     *
     * @throws UncheckedIOException when the resource is unreadable
     */
    static SampleBenchmark load(String name, String description, String resource, TableKey key,
            SearchSpace underlying, String validColumn, String sampleNote) {
        try {
            MetricTable table = TableLoader.loadKeyedResource(SampleBenchmark.class, resource, key);
            List<Architecture> members = new ArrayList<>(table.size());
            for (String k : table.keys()) {
                try {
                    members.add(underlying.parse(k));
                } catch (IllegalArgumentException outsideTheSpace) {
                    // a restricted space (NB101 with fixed ops) searches only the rows it can express
                }
            }
            return new SampleBenchmark(name, description, new SampledSpace(name, underlying, members), table,
                    validColumn, sampleNote);
        } catch (TableFormatException e) {
            throw new UncheckedIOException("the " + name + " data shipped with ednag is unreadable: " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    /** The sampled architectures, searched through the underlying space's genome. */
    @Override
    public SampledSpace space() {
        return space;
    }

    public MetricTable table() {
        return table;
    }

    @Override
    public List<String> datasets() {
        return List.of(DATASET);
    }

    @Override
    public String dataset(String dataset) {
        if (dataset != null && dataset.strip().equalsIgnoreCase(DATASET)) {
            return DATASET;
        }
        throw new IllegalArgumentException("unknown dataset '" + dataset + "' for " + name + "; known: " + DATASET);
    }

    @Override
    public List<String> metricAliases() {
        return ALIASES;
    }

    /** {@code valid}, {@code params} and {@code flops} (NASLib's zero-cost columns), or any column by name. */
    @Override
    public Metric metric(String dataset, String metricName) {
        dataset(dataset);
        if (metricName == null || metricName.isBlank()) {
            throw new IllegalArgumentException("no metric name given for " + name + "; " + choices());
        }
        String wanted = metricName.strip();
        String alias = wanted.toLowerCase(Locale.ROOT);
        if (alias.startsWith("test")) {
            throw new IllegalArgumentException(name + " has no test split, only CIFAR-10 validation accuracy; use 'valid'");
        }
        String aliased = switch (alias) {
            case "valid" -> validColumn;
            case "params" -> "zc_params";
            case "flops" -> "zc_flops";
            default -> null;
        };
        String column = aliased == null ? wanted : aliased;
        if (!table.hasColumn(column) || IDENTIFIERS.contains(column)) {
            throw new IllegalArgumentException("unknown metric '" + metricName + "' for " + name + "; " + choices());
        }
        Goal goal = column.equals("zc_params") || column.equals("zc_flops") ? Goal.MINIMIZE : Goal.MAXIMIZE;
        return new Metric(aliased == null ? column : alias, column, goal);
    }

    private String choices() {
        List<String> columns = new ArrayList<>(table.columnNames());
        columns.removeAll(IDENTIFIERS);
        return "use " + String.join(", ", ALIASES) + " or a column (" + String.join(", ", columns) + ")";
    }

    /** Both protocols search and report the validation accuracy: the sample has nothing else. */
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
        dataset(dataset);
        return new TabularOracle(table, space, search.column(), report.column(), Map.of());
    }

    /** The best value among the architectures the space searches (a restricted variant may reach only some rows). */
    @Override
    public Optimum optimum(Metric metric) {
        return Optimum.among(table, space.members().stream().map(Architecture::key).toList(), metric.column(),
                metric.goal());
    }

    /** Validation accuracy: EDNAG's NB101/NB301 stretch (factor 1.05); other columns: linear over their range. */
    @Override
    public FitnessTransform fitness(String dataset, Metric search) {
        return search.column().equals(validColumn) ? ScaledStretch.nb101Nb301() : ColumnRangeFitness.of(table, search);
    }

    @Override
    public List<String> notes(String dataset, Metric search) {
        return List.of(sampleNote, "the search space is the " + table.size() + " sampled architectures: a genome"
                + " decodes to the nearest of them, so results are not comparable with searches of the full space");
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
        return name + " [" + table.source() + ", " + table.size() + " sampled architectures]";
    }
}
