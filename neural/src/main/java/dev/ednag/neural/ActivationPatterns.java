package dev.ednag.neural;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;

/**
 * ReLUs that can report which units of each image they let through. Network builders use
 * {@link #relu()} in place of DJL's ReLU block; it behaves exactly like it, and while
 * {@link #kernel} runs a forward pass on the same thread it also adds up, for every pair of
 * images, how many ReLU units agree on being active or not (the kernel of NASWOT, Mellor et al.,
 * ICML 2021). A thread-local keeps the networks themselves free of any recording state.
 */
public final class ActivationPatterns {

    private static final ThreadLocal<double[][]> AGREEMENTS = new ThreadLocal<>();

    private ActivationPatterns() {
    }

    /** A ReLU block, recorded by {@link #kernel} and otherwise DJL's own. */
    public static Block relu() {
        return new LambdaBlock(ActivationPatterns::reluAndRecord, "ReLU");
    }

    /**
     * Runs {@code forward} (a batch of {@code images} through a network built with {@link #relu()})
     * and returns the images × images matrix whose entry (i, j) is the number of ReLU units where
     * image i and image j are both active or both inactive.
     */
    public static double[][] kernel(int images, Runnable forward) {
        if (AGREEMENTS.get() != null) {
            throw new IllegalStateException("activation patterns are already being recorded on this thread");
        }
        double[][] agreements = new double[images][images];
        AGREEMENTS.set(agreements);
        try {
            forward.run();
        } finally {
            AGREEMENTS.remove();
        }
        return agreements;
    }

    private static NDList reluAndRecord(NDList inputs) {
        double[][] agreements = AGREEMENTS.get();
        if (agreements != null) {
            add(agreements, inputs.singletonOrThrow());
        }
        return new NDList(Activation.relu(inputs.singletonOrThrow()));
    }

    /**
     * Adds one layer's agreements. With codes c = (x > 0) over D units and s = c's row sums, the
     * agreements c·cᵀ + (1 − c)·(1 − c)ᵀ equal D − sᵢ − sⱼ + 2 c·cᵀ: one product instead of two.
     */
    private static void add(double[][] agreements, NDArray x) {
        int n = agreements.length;
        if (x.getShape().get(0) != n) {
            throw new IllegalArgumentException("the batch has " + x.getShape().get(0) + " images, expected " + n);
        }
        long units = x.getShape().size() / n;
        // Sums of 0/1 products are exact in float32 up to 2^24 units, and float32 is twice as fast.
        DataType type = units < (1 << 24) ? DataType.FLOAT32 : DataType.FLOAT64;
        try (NDArray codes = x.gt(0).toType(type, false).reshape(n, units);
                NDArray active = codes.sum(new int[] {1}).toType(DataType.FLOAT64, false);
                NDArray both = codes.matMul(codes.transpose()).toType(DataType.FLOAT64, false)) {
            double[] shared = both.toDoubleArray();
            double[] on = active.toDoubleArray();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    agreements[i][j] += units - on[i] - on[j] + 2 * shared[i * n + j];
                }
            }
        }
    }
}
