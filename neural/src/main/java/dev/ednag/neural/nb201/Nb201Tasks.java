package dev.ednag.neural.nb201;

import dev.ednag.benchmarks.nb201.Nb201Dataset;
import dev.ednag.neural.ImageTask;

/** The image task each NAS-Bench-201 dataset trained its networks on, and its test column. */
public final class Nb201Tasks {

    private Nb201Tasks() {
    }

    public static ImageTask of(Nb201Dataset dataset) {
        return switch (dataset) {
            case CIFAR10 -> ImageTask.CIFAR10;
            case CIFAR100 -> ImageTask.CIFAR100;
            case IMAGENET16_120 -> ImageTask.IMAGENET16_120;
        };
    }

    /** The table column of the 200-epoch test accuracy, e.g. {@code cifar10_test}. */
    public static String testColumn(Nb201Dataset dataset) {
        return dataset.columnPrefix() + "_test";
    }

    /**
     * Spearman ρ of each proxy with the 200-epoch test accuracy over all 15,625 cells, as published
     * by Abdelfattah et al. (ICLR 2021); NaN where they give none.
     */
    public static double publishedSpearman(String proxy, Nb201Dataset dataset) {
        double[] row = switch (proxy) {
            case "synflow" -> new double[] {0.737, 0.763, 0.751};
            case "jacob_cov" -> new double[] {0.731, 0.704, 0.701};
            case "grad_norm" -> new double[] {0.594, 0.637, 0.578};
            case "snip" -> new double[] {0.596, 0.637, 0.578};
            default -> null;
        };
        return row == null ? Double.NaN : row[dataset.ordinal()];
    }
}
