package dev.ednag.benchmarks.samples;

import dev.ednag.benchmarks.TableKey;
import dev.ednag.spaces.darts.DartsSpace;
import java.util.List;

/** The NAS-Bench-301 sample: 725 DARTS cells with the NB301 surrogate's CIFAR-10 validation accuracy. */
public final class Nb301Sample {

    /** The name scripts use. */
    public static final String NAME = "nb301-sample";

    /** The resource, relative to {@link SampleBenchmark}'s package. */
    public static final String RESOURCE = "nb301_naslib_sample725.csv.gz";

    private Nb301Sample() {}

    /** Reads the shipped table. */
    public static SampleBenchmark load() {
        DartsSpace darts = DartsSpace.instance();
        TableKey key = new TableKey(List.of("normal", "reduce"),
                fields -> darts.fromGenotype(fields.get(0), fields.get(1)).key(), false);
        return SampleBenchmark.load(NAME, "NAS-Bench-301 sample: 725 DARTS cells (normal + reduction) of about 1.08e18,"
                + " surrogate-predicted CIFAR-10 validation accuracy", RESOURCE, key, darts,
                "cifar10_val_acc_surrogate", "nb301-sample is a sample of 725 DARTS architectures, and its accuracy is"
                        + " the NAS-Bench-301 surrogate model's prediction, not a measured training result");
    }
}
