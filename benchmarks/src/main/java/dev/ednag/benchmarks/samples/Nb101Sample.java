package dev.ednag.benchmarks.samples;

import dev.ednag.benchmarks.TableKey;
import dev.ednag.core.space.Architecture;
import dev.ednag.spaces.nb101.Nb101FixedOpsSpace;
import dev.ednag.spaces.nb101.Nb101Space;
import java.util.List;

/**
 * The NAS-Bench-101 sample: 500 random cell specs with CIFAR-10 validation accuracy. The specs are
 * unpruned, so several name one cell; they merge into 292 distinct cells, each with the mean of
 * its rows (at most three, consistent with the benchmark's three training runs).
 */
public final class Nb101Sample {

    /** The name scripts use. */
    public static final String NAME = "nb101-sample";

    /** The resource, relative to {@link SampleBenchmark}'s package. */
    public static final String RESOURCE = "nb101_naslib_sample500.csv.gz";

    private Nb101Sample() {}

    /** The sample searched through the EDNAG paper's restricted variant (fixed ops, adjacency only). */
    public static final String FIXED_OPS_NAME = "nb101-fixed-ops-sample";

    /** Reads the shipped table. */
    public static SampleBenchmark load() {
        return SampleBenchmark.load(NAME, "NAS-Bench-101 sample: 500 cell specs (292 distinct cells) of 423,624,"
                + " CIFAR-10 validation accuracy after 108 epochs", RESOURCE, key(), Nb101Space.instance(),
                "cifar10_valid_acc", NOTE);
    }

    /** The sample's cells that the fixed-ops variant can express, searched through its 7x7 genome. */
    public static SampleBenchmark loadFixedOps() {
        return SampleBenchmark.load(FIXED_OPS_NAME, "NAS-Bench-101 sample, restricted to the cells with the EDNAG"
                + " paper's fixed ops (adjacency only)", RESOURCE, key(), Nb101FixedOpsSpace.instance(),
                "cifar10_valid_acc", NOTE);
    }

    private static final String NOTE = "nb101-sample is a sample: 292 distinct NAS-Bench-101 cells from 500 specs,"
            + " repeats averaged; each accuracy is one or a few training runs, not the benchmark's mean over three";

    private static TableKey key() {
        Nb101Space nb101 = Nb101Space.instance();
        TableKey key = new TableKey(List.of("adjacency_7x7_rowmajor", "ops"), fields -> {
            Architecture cell = nb101.fromSpec(fields.get(0), fields.get(1));
            if (cell == null) {
                throw new IllegalArgumentException("not a valid NAS-Bench-101 cell (input and output unconnected, or"
                        + " more than 9 edges after pruning)");
            }
            return cell.key();
        }, true);
        return key;
    }
}
