package dev.ednag.benchmarks.nb201;

import dev.ednag.core.fitness.ScaledStretch;
import java.util.Locale;

/**
 * The three NAS-Bench-201 datasets, with the prefix their columns carry in the shipped tables and
 * the factor EDNAG multiplies raw accuracy by before its ReScale mapping (algorithm spec §4.1), which
 * lifts each dataset's best accuracy to where ReScale is steepest.
 */
public enum Nb201Dataset {
    CIFAR10("cifar10", "cifar10", ScaledStretch.nb201Cifar10()),
    CIFAR100("cifar100", "cifar100", ScaledStretch.nb201Cifar100()),
    IMAGENET16_120("ImageNet16-120", "imagenet16", ScaledStretch.nb201ImageNet16());

    private final String id;
    private final String columnPrefix;
    private final ScaledStretch fitness;

    Nb201Dataset(String id, String columnPrefix, ScaledStretch fitness) {
        this.id = id;
        this.columnPrefix = columnPrefix;
        this.fitness = fitness;
    }

    /** The benchmark's own name for the dataset, e.g. {@code ImageNet16-120}. */
    public String id() {
        return id;
    }

    /** How the dataset's columns start in the tables, e.g. {@code imagenet16} in {@code imagenet16_test}. */
    public String columnPrefix() {
        return columnPrefix;
    }

    /** EDNAG's fitness for this dataset: ReScale(factor × accuracy), factors 1.0, 1.2, 2.0. */
    public ScaledStretch fitness() {
        return fitness;
    }

    /** EDNAG's scale factor x = factor × accuracy: 1.0, 1.2, 2.0. */
    public double fitnessFactor() {
        return fitness.factor();
    }

    /**
     * The dataset called {@code name}, case-insensitive; the column prefix ({@code imagenet16}) and
     * {@code imagenet16_120} are accepted too.
     *
     * @throws IllegalArgumentException naming the input and the valid names
     */
    public static Nb201Dataset parse(String name) {
        if (name != null) {
            String wanted = name.strip().toLowerCase(Locale.ROOT);
            for (Nb201Dataset dataset : values()) {
                if (wanted.equals(dataset.id.toLowerCase(Locale.ROOT)) || wanted.equals(dataset.columnPrefix)
                        || wanted.equals(dataset.id.toLowerCase(Locale.ROOT).replace('-', '_'))) {
                    return dataset;
                }
            }
        }
        throw new IllegalArgumentException("unknown NAS-Bench-201 dataset '" + name
                + "'; known: cifar10, cifar100, ImageNet16-120 (or imagenet16)");
    }
}
