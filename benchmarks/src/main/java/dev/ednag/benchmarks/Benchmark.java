package dev.ednag.benchmarks;

import dev.ednag.core.fitness.FitnessTransform;
import dev.ednag.core.space.SearchSpace;
import java.util.List;

/**
 * A tabular benchmark: a search space, a metric table over (part of) it, the datasets or tasks the
 * table has metrics for, and what EDNAG needs to search it. Implementations are immutable and
 * thread-safe. Dataset arguments are the names users type (case-insensitive where the benchmark
 * allows); {@link #datasets()} lists the canonical ones.
 */
public interface Benchmark {

    /** The name scripts use, e.g. {@code nb201} or {@code tnb101-micro}. */
    String name();

    /** One line for humans. */
    String description();

    /** The space optimizers search: every architecture it yields has a row in the table. */
    SearchSpace space();

    /** The canonical dataset (or task) names, in a stable order. */
    List<String> datasets();

    /**
     * The canonical name of {@code dataset}.
     *
     * @throws IllegalArgumentException naming the input and the known datasets
     */
    String dataset(String dataset);

    /** The metric aliases users may give for every dataset, e.g. {@code valid}, {@code test}. */
    List<String> metricAliases();

    /**
     * Resolves a metric alias or a column name for {@code dataset}.
     *
     * @throws IllegalArgumentException for an unknown dataset or metric, listing the choices
     */
    Metric metric(String dataset, String name);

    /** The protocol's default search and report metrics on {@code dataset}. */
    ProtocolMetrics defaultMetrics(String dataset, Protocol protocol);

    /**
     * Whether the table has a test split apart from the one searched on. Without one (TransNAS,
     * the NB101/NB301 samples) the blackbox protocol reports the search metric itself, and says so.
     */
    boolean hasTestSplit();

    /** An evaluator that searches on {@code search} and reports {@code report}. */
    TabularOracle oracle(String dataset, Metric search, Metric report);

    /** The best value of {@code metric} in the table, in its direction, with every architecture attaining it. */
    Optimum optimum(Metric metric);

    /** EDNAG's default fitness for searching {@code search} on {@code dataset} (spec §4.1 factors). */
    FitnessTransform fitness(String dataset, Metric search);

    /**
     * Caveats every output of a run searching {@code search} on {@code dataset} must carry (a sample,
     * a surrogate, a missing split, a cheaper training schedule…).
     */
    List<String> notes(String dataset, Metric search);

    /** Where the data came from, e.g. the file names. */
    String source();

    /** The files read, with SHA-256 and row counts, for manifests. */
    List<DataFile> dataFiles();
}
