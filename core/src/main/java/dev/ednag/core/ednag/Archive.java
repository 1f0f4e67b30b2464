package dev.ednag.core.ednag;

import dev.ednag.core.evolution.RowNormalization;
import dev.ednag.core.evolution.RowRange;
import dev.ednag.core.space.Architecture;
import dev.ednag.core.space.SearchSpace;
import java.util.Arrays;

/**
 * Every architecture a run has evaluated, as its clean genome (one-hot, normalised like the
 * population) with its rescaled fitness, in flat arrays the x̂0 estimator reads directly.
 */
final class Archive {

    private final SearchSpace space;
    private final int dim;
    private final RowRange range;
    private double[] genomes;
    private double[] fitness;
    private int size;

    Archive(SearchSpace space, int dim, RowRange range) {
        this.space = space;
        this.dim = dim;
        this.range = range;
        this.genomes = new double[64 * dim];
        this.fitness = new double[64];
    }

    void add(Architecture a, double f) {
        if (size == fitness.length) {
            genomes = Arrays.copyOf(genomes, 2 * genomes.length);
            fitness = Arrays.copyOf(fitness, 2 * fitness.length);
        }
        space.encode(a, genomes, size * dim);
        RowNormalization.normalizeRow(genomes, size * dim, dim, range);
        fitness[size++] = f;
    }

    int size() {
        return size;
    }

    /** The genomes, row-major; only the first {@link #size()} rows are meaningful. */
    double[] genomes() {
        return genomes;
    }

    /** The fitness of the first {@link #size()} genomes, as a fresh array. */
    double[] fitness() {
        return Arrays.copyOf(fitness, size);
    }
}
